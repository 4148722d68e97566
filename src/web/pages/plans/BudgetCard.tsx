import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Select, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { FUNDING_SOURCES, type FundingSource } from '../../../core/contracts/training-courses';
import { formatNumber } from '../../lib/format';
import { CellError, NumberCell } from './cells';
import { budgetTotal, type DraftBudgetLine, newKey, type PlanDraft, targetsCost } from './planDraft';

/** Kinh phí dự kiến by funding source, with the total and the targets' own estimate beside it. */
export function BudgetCard({
  draft,
  editable,
  cells,
  onChange,
}: {
  draft: PlanDraft;
  editable: boolean;
  cells: ReadonlyMap<string, string[]>;
  onChange: (budget: DraftBudgetLine[]) => void;
}) {
  const { t } = useTranslation();
  const lines = draft.budget;
  const set = (i: number, patch: Partial<DraftBudgetLine>) =>
    onChange(lines.map((b, j) => (j === i ? { ...b, ...patch } : b)));
  const used = new Set(lines.map((b) => b.fundingSource));

  return (
    <Card
      title={t('plans.edit.budget')}
      styles={{ body: { padding: 0 } }}
      extra={
        editable &&
        lines.length < FUNDING_SOURCES.length && (
          <Button
            icon={<PlusOutlined />}
            onClick={() =>
              onChange([
                ...lines,
                {
                  key: newKey(),
                  fundingSource: FUNDING_SOURCES.find((f) => !used.has(f)) ?? null,
                  amount: null,
                },
              ])
            }
          >
            {t('plans.edit.addBudget')}
          </Button>
        )
      }
    >
      <Table<DraftBudgetLine>
        rowKey="key"
        size="small"
        pagination={false}
        dataSource={lines}
        locale={{ emptyText: t('plans.edit.noBudget') }}
        columns={[
          {
            title: t('plans.edit.fundingSource'),
            key: 'fundingSource',
            render: (_v, b, i) =>
              editable ? (
                <>
                  <Select<FundingSource>
                    aria-label={t('plans.edit.fundingSource')}
                    style={{ width: '100%', maxWidth: 360 }}
                    placeholder={t('plans.edit.fundingPick')}
                    status={cells.get(`budget.${i}.fundingSource`) ? 'error' : undefined}
                    value={b.fundingSource ?? undefined}
                    options={FUNDING_SOURCES.map((f) => ({ value: f, label: t(`training.funding.${f}`) }))}
                    onChange={(f) => set(i, { fundingSource: f })}
                  />
                  <CellError errors={cells.get(`budget.${i}.fundingSource`)} />
                </>
              ) : b.fundingSource ? (
                t(`training.funding.${b.fundingSource}`)
              ) : null,
          },
          {
            title: t('plans.edit.amount'),
            key: 'amount',
            width: 220,
            align: 'right',
            render: (_v, b, i) =>
              editable ? (
                <NumberCell
                  label={t('plans.edit.amount')}
                  value={b.amount}
                  errors={cells.get(`budget.${i}.amount`)}
                  onChange={(v) => set(i, { amount: v })}
                />
              ) : (
                formatNumber(b.amount)
              ),
          },
          ...(editable
            ? [
                {
                  key: 'remove',
                  width: 56,
                  render: (_v: unknown, _b: DraftBudgetLine, i: number) => (
                    <Button
                      type="text"
                      danger
                      icon={<DeleteOutlined />}
                      aria-label={t('plans.edit.removeBudget')}
                      onClick={() => onChange(lines.filter((_x, j) => j !== i))}
                    />
                  ),
                },
              ]
            : []),
        ]}
        summary={() =>
          lines.length > 0 ? (
            <Table.Summary.Row>
              <Table.Summary.Cell index={0}>
                <Typography.Text strong>{t('plans.edit.total')}</Typography.Text>
              </Table.Summary.Cell>
              <Table.Summary.Cell index={1} align="right">
                <Typography.Text strong>{formatNumber(budgetTotal(draft))}</Typography.Text>
              </Table.Summary.Cell>
              {editable && <Table.Summary.Cell index={2} />}
            </Table.Summary.Row>
          ) : null
        }
      />
      <Typography.Paragraph type="secondary" style={{ margin: 0, padding: '8px 16px' }}>
        {t('plans.edit.targetsCost', { amount: formatNumber(targetsCost(draft)) })}
      </Typography.Paragraph>
    </Card>
  );
}
