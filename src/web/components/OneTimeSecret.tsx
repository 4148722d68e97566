import { CopyOutlined } from '@ant-design/icons';
import { Alert, App, Button, Flex, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

/**
 * Shows a secret (API token, new password) that the server will never return again,
 * with a copy button and a plain warning.
 */
export function OneTimeSecret({
  open,
  title,
  warning,
  secret,
  onClose,
}: {
  open: boolean;
  title: string;
  warning: string;
  secret: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(secret);
      void message.success(t('common.copied'));
    } catch {
      void message.warning(t('common.copyFailed'));
    }
  };
  return (
    <Modal
      open={open}
      title={title}
      onCancel={onClose}
      mask={{ closable: false }}
      destroyOnHidden
      footer={
        <Button type="primary" onClick={onClose}>
          {t('common.close')}
        </Button>
      }
    >
      <Flex vertical gap={16}>
        <Alert type="warning" showIcon title={t('common.showOnce')} description={warning} />
        <Flex gap={8} align="center">
          <Typography.Text
            data-testid="one-time-secret"
            style={{
              flex: 1,
              fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace',
              fontSize: 16,
              wordBreak: 'break-all',
              padding: '8px 12px',
              background: '#fafafa',
              border: '1px solid #d9d9d9',
              borderRadius: 6,
              userSelect: 'all',
            }}
          >
            {secret}
          </Typography.Text>
          <Button icon={<CopyOutlined />} onClick={() => void copy()}>
            {t('common.copy')}
          </Button>
        </Flex>
      </Flex>
    </Modal>
  );
}
