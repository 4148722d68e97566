import {
  CheckCircleOutlined,
  CloudUploadOutlined,
  DownloadOutlined,
  FileExcelOutlined,
  SafetyCertificateOutlined,
} from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  Empty,
  Flex,
  Progress,
  Result,
  Select,
  Table,
  type TableColumnsType,
  Tag,
  Typography,
  Upload,
} from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { api, type ImportResult } from '../../api/endpoints';
import type { UploadProgress } from '../../api/upload';
import { paths } from '../../auth/paths';
import { PageHeader } from '../../components/PageHeader';
import { errorMessage } from '../../lib/errors';
import { formatNumber } from '../../lib/format';

const SHEET_NAMES = ['Đơn vị', 'Cán bộ', 'Công tác', 'Trình độ', 'Đánh giá'] as const;

type ImportError = ImportResult['errors'][number];
type Phase = 'idle' | 'checking' | 'importing';

function sizeText(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${formatNumber(Math.round((bytes / 1024 / 1024) * 10) / 10)} MB`;
  return `${formatNumber(Math.max(1, Math.round(bytes / 1024)))} KB`;
}

/** The error list as a CSV the officer can open next to the workbook. */
function errorsCsv(errors: readonly ImportError[]): string {
  const esc = (v: string | number) => `"${String(v).replace(/"/g, '""')}"`;
  const lines = [['Sheet', 'Dòng', 'Cột', 'Giá trị', 'Mã lỗi', 'Lỗi'].map(esc).join(',')];
  for (const e of errors)
    lines.push([e.sheet, e.row, e.column, e.value, e.code, e.message].map(esc).join(','));
  return `\ufeff${lines.join('\r\n')}`;
}

function CountsTable({ result }: { result: ImportResult }) {
  const { t } = useTranslation();
  const rows = SHEET_NAMES.map((sheet) => ({
    sheet,
    ...(result.counts[sheet] ?? { created: 0, updated: 0, unchanged: 0 }),
  }));
  const total = rows.reduce(
    (s, r) => ({
      created: s.created + r.created,
      updated: s.updated + r.updated,
      unchanged: s.unchanged + r.unchanged,
    }),
    { created: 0, updated: 0, unchanged: 0 },
  );
  const num = (n: number) =>
    n === 0 ? <Typography.Text type="secondary">0</Typography.Text> : <strong>{formatNumber(n)}</strong>;
  return (
    <Table
      size="small"
      rowKey="sheet"
      pagination={false}
      dataSource={rows}
      data-testid="import-counts"
      style={{ width: '100%', maxWidth: 600 }}
      columns={[
        { title: t('imports.sheet'), dataIndex: 'sheet' },
        { title: t('imports.created'), dataIndex: 'created', align: 'right', render: num },
        { title: t('imports.updated'), dataIndex: 'updated', align: 'right', render: num },
        { title: t('imports.unchanged'), dataIndex: 'unchanged', align: 'right', render: num },
      ]}
      summary={() => (
        <Table.Summary.Row style={{ fontWeight: 600 }}>
          <Table.Summary.Cell index={0}>{t('imports.totalRow')}</Table.Summary.Cell>
          <Table.Summary.Cell index={1} align="right">
            {formatNumber(total.created)}
          </Table.Summary.Cell>
          <Table.Summary.Cell index={2} align="right">
            {formatNumber(total.updated)}
          </Table.Summary.Cell>
          <Table.Summary.Cell index={3} align="right">
            {formatNumber(total.unchanged)}
          </Table.Summary.Cell>
        </Table.Summary.Row>
      )}
    />
  );
}

function ErrorsTable({ errors }: { errors: readonly ImportError[] }) {
  const { t } = useTranslation();
  const sheets = [...new Set(errors.map((e) => e.sheet).filter(Boolean))];
  const columns: TableColumnsType<ImportError & { key: number }> = [
    {
      title: t('common.stt'),
      dataIndex: 'key',
      width: 64,
      align: 'center',
      render: (k: number) => formatNumber(k + 1),
    },
    {
      title: t('imports.sheet'),
      dataIndex: 'sheet',
      width: 120,
      filters: sheets.map((s) => ({ text: s, value: s })),
      onFilter: (v, e) => e.sheet === v,
      render: (s: string) => s || '—',
    },
    {
      title: t('imports.row'),
      dataIndex: 'row',
      width: 80,
      align: 'right',
      sorter: (a, b) => a.row - b.row,
      render: (r: number) => (r > 0 ? formatNumber(r) : '—'),
    },
    { title: t('imports.column'), dataIndex: 'column', width: 160, render: (c: string) => c || '—' },
    {
      title: t('imports.value'),
      dataIndex: 'value',
      width: 180,
      render: (v: string) =>
        v ? (
          <Typography.Text code style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}>
            {v}
          </Typography.Text>
        ) : (
          <Typography.Text type="secondary">{t('imports.emptyValue')}</Typography.Text>
        ),
    },
    {
      title: t('imports.error'),
      dataIndex: 'message',
      render: (m: string, e) => (
        <Flex vertical gap={0}>
          <span>{m}</span>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {e.code}
          </Typography.Text>
        </Flex>
      ),
    },
  ];
  return (
    <Table
      size="small"
      data-testid="import-errors"
      rowKey="key"
      columns={columns}
      dataSource={errors.map((e, i) => ({ ...e, key: i }))}
      scroll={{ x: 860 }}
      pagination={{
        pageSize: 50,
        hideOnSinglePage: true,
        showSizeChanger: false,
        showTotal: (n) => t('common.total', { n: formatNumber(n) }),
      }}
    />
  );
}

/**
 * Nhập dữ liệu from the workbook of contracts §3: "Kiểm tra" runs a dry run and lists every
 * problem; "Nhập dữ liệu" is offered only once the same file checked clean (all-or-nothing).
 */
export default function ImportPage() {
  const { t } = useTranslation();
  const { notification } = App.useApp();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [csvSheet, setCsvSheet] = useState<string>('Cán bộ');
  const [phase, setPhase] = useState<Phase>('idle');
  const [progress, setProgress] = useState<UploadProgress | null>(null);
  const [checked, setChecked] = useState<{ file: File; result: ImportResult } | null>(null);
  const [imported, setImported] = useState<ImportResult | null>(null);
  const [importedName, setImportedName] = useState('');
  const [failure, setFailure] = useState<string | null>(null);
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const isCsv = !!file && /\.csv$/i.test(file.name);
  const dryRunOk = !!checked && checked.file === file && checked.result.status === 'ok';

  const run = async (dryRun: boolean) => {
    if (!file) return;
    setPhase(dryRun ? 'checking' : 'importing');
    setProgress({ loaded: 0, total: file.size, processing: false });
    setFailure(null);
    if (dryRun) setChecked(null);
    const name = file.name;
    try {
      const result = await api.imports.run(file, dryRun, setProgress, isCsv ? csvSheet : undefined);
      if (dryRun) {
        if (mounted.current) setChecked({ file, result });
      } else {
        await Promise.all([
          queryClient.invalidateQueries({ queryKey: ['people'] }),
          queryClient.invalidateQueries({ queryKey: ['org'] }),
          queryClient.invalidateQueries({ queryKey: ['reports'] }),
        ]);
        if (mounted.current) {
          setImported(result);
          setImportedName(name);
          setChecked(null);
        }
        // The user may have gone on working elsewhere: say when the import is done.
        if (!mounted.current)
          notification[result.status === 'ok' ? 'success' : 'error']({
            title: result.status === 'ok' ? t('imports.doneTitle') : t('imports.failedTitle'),
            description: t('imports.doneBackground', { file: name }),
          });
      }
    } catch (e) {
      const msg = errorMessage(e, t);
      if (mounted.current) setFailure(msg);
      else notification.error({ title: t('imports.failedTitle'), description: msg });
    } finally {
      if (mounted.current) {
        setPhase('idle');
        setProgress(null);
      }
    }
  };

  const reset = () => {
    setFile(null);
    setChecked(null);
    setImported(null);
    setFailure(null);
  };

  const percent = progress
    ? progress.processing || progress.total === 0
      ? 100
      : Math.min(100, Math.round((progress.loaded / progress.total) * 100))
    : 0;

  if (imported && imported.status === 'ok') {
    return (
      <>
        <PageHeader title={t('imports.title')} />
        <Card>
          <Result
            status="success"
            title={t('imports.doneTitle')}
            subTitle={t('imports.doneDetail', { file: importedName })}
            extra={[
              <Button type="primary" key="people" onClick={() => navigate(paths.people)}>
                {t('imports.openPeople')}
              </Button>,
              <Button key="again" onClick={reset}>
                {t('imports.again')}
              </Button>,
            ]}
          >
            <Flex justify="center">
              <CountsTable result={imported} />
            </Flex>
          </Result>
        </Card>
      </>
    );
  }

  const result = checked?.file === file ? checked?.result : undefined;
  const errorCount = result?.errors.length ?? 0;

  return (
    <>
      <PageHeader title={t('imports.title')}>{t('imports.intro')}</PageHeader>
      <Flex vertical gap={16}>
        <Card title={t('imports.step1')} size="small">
          <Flex gap={16} align="center" wrap justify="space-between">
            <Typography.Paragraph style={{ margin: 0, maxWidth: 760 }}>
              {t('imports.templateHelp')}
            </Typography.Paragraph>
            <Button icon={<DownloadOutlined />} href={api.imports.templateUrl()} download>
              {t('imports.template')}
            </Button>
          </Flex>
        </Card>

        <Card title={t('imports.step2')} size="small">
          <Flex vertical gap={16}>
            <Upload.Dragger
              accept=".xlsx,.csv"
              multiple={false}
              showUploadList={false}
              disabled={phase !== 'idle'}
              beforeUpload={(f) => {
                setFile(f);
                setChecked(null);
                setImported(null);
                setFailure(null);
                return false;
              }}
              data-testid="import-file"
            >
              <p className="ant-upload-drag-icon">
                <FileExcelOutlined />
              </p>
              {file ? (
                <>
                  <p className="ant-upload-text">
                    <strong>{file.name}</strong> ({sizeText(file.size)})
                  </p>
                  <p className="ant-upload-hint">{t('imports.changeFile')}</p>
                </>
              ) : (
                <>
                  <p className="ant-upload-text">{t('imports.pickFile')}</p>
                  <p className="ant-upload-hint">{t('imports.pickFileHint')}</p>
                </>
              )}
            </Upload.Dragger>
            {isCsv ? (
              <Flex align="center" gap={8} wrap>
                <Typography.Text>{t('imports.csvSheet')}</Typography.Text>
                <Select
                  value={csvSheet}
                  onChange={setCsvSheet}
                  style={{ width: 200 }}
                  options={SHEET_NAMES.map((s) => ({ value: s, label: s }))}
                  aria-label={t('imports.csvSheet')}
                />
              </Flex>
            ) : null}
            <Flex gap={8} wrap align="center">
              <Button
                type={dryRunOk ? 'default' : 'primary'}
                icon={<SafetyCertificateOutlined />}
                disabled={!file || phase !== 'idle'}
                loading={phase === 'checking'}
                onClick={() => void run(true)}
              >
                {t('imports.check')}
              </Button>
              <Button
                type={dryRunOk ? 'primary' : 'default'}
                icon={<CloudUploadOutlined />}
                disabled={!dryRunOk || phase !== 'idle'}
                loading={phase === 'importing'}
                onClick={() => void run(false)}
              >
                {t('imports.commit')}
              </Button>
              <Typography.Text type="secondary">
                {dryRunOk ? t('imports.readyHint') : t('imports.commitHint')}
              </Typography.Text>
            </Flex>
            {progress ? (
              <div data-testid="import-progress">
                <Progress
                  percent={percent}
                  status="active"
                  format={(p) => `${p ?? 0}%`}
                  aria-label={t('imports.progress')}
                />
                <Typography.Text type="secondary">
                  {progress.processing
                    ? phase === 'checking'
                      ? t('imports.processingCheck')
                      : t('imports.processingImport')
                    : t('imports.uploading', {
                        loaded: sizeText(progress.loaded),
                        total: sizeText(progress.total || (file?.size ?? 0)),
                      })}
                </Typography.Text>
              </div>
            ) : null}
            {failure ? (
              <Alert type="error" showIcon title={t('imports.failedTitle')} description={failure} />
            ) : null}
            {imported && imported.status !== 'ok' ? (
              <Alert type="error" showIcon title={t('imports.commitRejected')} />
            ) : null}
          </Flex>
        </Card>

        {result ? (
          <Card
            size="small"
            title={
              <Flex gap={8} align="center">
                {result.status === 'ok' ? (
                  <CheckCircleOutlined style={{ color: '#52c41a' }} />
                ) : (
                  <Tag color="error" style={{ marginInlineEnd: 0 }}>
                    {t('imports.errorsCount', { n: formatNumber(errorCount) })}
                  </Tag>
                )}
                {t('imports.step3')}
              </Flex>
            }
            extra={
              errorCount > 0 ? (
                <Button
                  size="small"
                  icon={<DownloadOutlined />}
                  href={`data:text/csv;charset=utf-8,${encodeURIComponent(errorsCsv(result.errors))}`}
                  download={`loi-nhap-du-lieu-${(file?.name ?? 'tep').replace(/\.[^.]+$/, '')}.csv`}
                >
                  {t('imports.downloadErrors')}
                </Button>
              ) : null
            }
          >
            <Flex vertical gap={16}>
              {result.status === 'ok' ? (
                <Alert
                  type="success"
                  showIcon
                  title={t('imports.checkOk')}
                  description={t('imports.checkOkDetail')}
                />
              ) : (
                <Alert
                  type="error"
                  showIcon
                  title={t('imports.checkInvalid', { n: formatNumber(errorCount) })}
                  description={t('imports.checkInvalidDetail')}
                />
              )}
              {result.status === 'ok' ? (
                <div>
                  <Typography.Title level={5}>{t('imports.countsTitle')}</Typography.Title>
                  <CountsTable result={result} />
                </div>
              ) : errorCount > 0 ? (
                <ErrorsTable errors={result.errors} />
              ) : (
                <Empty />
              )}
            </Flex>
          </Card>
        ) : null}
        <Typography.Text type="secondary">
          {t('imports.footer')} <Link to={paths.people}>{t('imports.openPeople')}</Link>
        </Typography.Text>
      </Flex>
    </>
  );
}
