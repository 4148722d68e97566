import { ReloadOutlined } from '@ant-design/icons';
import { Button, Result } from 'antd';
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { i18n } from '../i18n';

/** Crash screen, usable without React context (the boundary may sit above every provider). */
export function CrashScreen() {
  return (
    <Result
      status="error"
      title={i18n.t('errors.crashTitle')}
      subTitle={i18n.t('errors.crashDetail')}
      extra={
        <Button type="primary" icon={<ReloadOutlined />} onClick={() => window.location.reload()}>
          {i18n.t('common.reloadPage')}
        </Button>
      }
    />
  );
}

/** Top-level boundary: a Vietnamese message and a reload button instead of a blank page. */
export class ErrorBoundary extends Component<{ children: ReactNode }, { error: Error | null }> {
  override state: { error: Error | null } = { error: null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.error('Cadre UI crashed', error, info.componentStack);
  }

  override render() {
    if (this.state.error) return <CrashScreen />;
    return this.props.children;
  }
}
