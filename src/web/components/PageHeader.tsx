import { Flex, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useDocumentTitle } from './useDocumentTitle';

/** Page title row; also sets the browser tab title. */
export function PageHeader({
  title,
  extra,
  children,
}: {
  title: string;
  extra?: ReactNode;
  children?: ReactNode;
}) {
  useDocumentTitle(title);
  return (
    <div style={{ marginBottom: 16 }}>
      <Flex align="center" justify="space-between" gap={16} wrap>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {title}
        </Typography.Title>
        {extra ? (
          <Flex gap={8} wrap>
            {extra}
          </Flex>
        ) : null}
      </Flex>
      {children ? (
        <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0', maxWidth: 880 }}>
          {children}
        </Typography.Paragraph>
      ) : null}
    </div>
  );
}
