import { Alert, Card, Col, Flex, Form, Input, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { DIMENSION_LABELS } from '../../../core/catalog/levels';
import { DateInput } from '../../components/DateInput';
import { formatDate, formatDateTime, formatNumber } from '../../lib/format';
import { BudgetCard } from './BudgetCard';
import type { PlanDraft } from './planDraft';
import type { Plan } from './plansApi';
import { levelLabel, TargetsTable } from './TargetsTable';

/** One line per target the superiors allocated to this unit. */
function AllocatedToUnit({ plan }: { plan: Plan }) {
  const { t } = useTranslation();
  if (plan.allocatedToUnit.length === 0) return null;
  return (
    <Alert
      type="info"
      showIcon
      title={t('plans.edit.allocatedToUnit')}
      description={
        <ul style={{ margin: 0, paddingLeft: 20 }}>
          {plan.allocatedToUnit.map((a, i) => {
            const what = a.programme
              ? a.programme.name
              : t('plans.edit.qualificationLabel', {
                  dimension: a.dimension ? DIMENSION_LABELS[a.dimension] : '',
                  level: levelLabel(a.dimension, a.level),
                });
            const line =
              a.personTimes != null
                ? t('plans.edit.allocatedLineTimes', {
                    what,
                    persons: formatNumber(a.persons),
                    times: formatNumber(a.personTimes),
                  })
                : t('plans.edit.allocatedLine', { what, persons: formatNumber(a.persons) });
            return (
              // biome-ignore lint/suspicious/noArrayIndexKey: a read-only list without ids
              <li key={i}>
                {line}{' '}
                <Typography.Text type="secondary">
                  {t('plans.edit.allocatedFrom', { plan: a.plan.title, unit: a.plan.unit.name })}
                </Typography.Text>
              </li>
            );
          })}
        </ul>
      }
    />
  );
}

/** "Chỉ tiêu": general fields, programme and qualification targets with allocations, budget. */
export function PlanTargetsTab({
  plan,
  draft,
  editable,
  cells,
  onChange,
}: {
  plan: Plan;
  draft: PlanDraft;
  editable: boolean;
  cells: ReadonlyMap<string, string[]>;
  onChange: (patch: Partial<PlanDraft>) => void;
}) {
  const { t } = useTranslation();
  const status = (f: string) => (cells.get(f) ? ('error' as const) : undefined);
  const help = (f: string) => cells.get(f)?.join('; ');

  return (
    <Flex vertical gap={16}>
      <AllocatedToUnit plan={plan} />
      <Card title={t('plans.edit.general')}>
        {editable ? (
          <Form layout="vertical" component="div">
            <Row gutter={16}>
              <Col xs={24} lg={16}>
                <Form.Item
                  label={t('plans.edit.name')}
                  htmlFor="plan-title"
                  validateStatus={status('title')}
                  help={help('title')}
                >
                  <Input
                    id="plan-title"
                    maxLength={300}
                    value={draft.title}
                    onChange={(e) => onChange({ title: e.target.value })}
                  />
                </Form.Item>
              </Col>
              <Col xs={24} lg={8}>
                <Form.Item
                  label={t('plans.edit.subUnitDue')}
                  htmlFor="plan-sub-unit-due"
                  validateStatus={status('subUnitDue')}
                  help={help('subUnitDue')}
                >
                  <DateInput
                    id="plan-sub-unit-due"
                    value={draft.subUnitDue}
                    onChange={(d) => onChange({ subUnitDue: d })}
                  />
                </Form.Item>
              </Col>
            </Row>
            <Form.Item
              label={t('plans.edit.note')}
              htmlFor="plan-note"
              validateStatus={status('note')}
              help={help('note')}
              style={{ marginBottom: 0 }}
            >
              <Input.TextArea
                id="plan-note"
                rows={2}
                maxLength={2000}
                value={draft.note ?? ''}
                onChange={(e) => onChange({ note: e.target.value })}
              />
            </Form.Item>
          </Form>
        ) : (
          <Flex vertical gap={8}>
            <span>
              <Typography.Text type="secondary">{t('plans.edit.subUnitDue')}: </Typography.Text>
              {plan.subUnitDue ? formatDate(plan.subUnitDue) : '—'}
            </span>
            <span>
              <Typography.Text type="secondary">{t('plans.edit.note')}: </Typography.Text>
              {plan.note ?? '—'}
            </span>
            {plan.submittedBy && (
              <span>
                <Typography.Text type="secondary">{t('plans.page.submittedBy')}: </Typography.Text>
                {plan.submittedBy.displayName} · {formatDateTime(plan.submittedAt)}
              </span>
            )}
            {plan.decidedBy && (
              <span>
                <Typography.Text type="secondary">
                  {plan.status === 'returned' ? t('plans.page.returnedBy') : t('plans.page.decidedBy')}:{' '}
                </Typography.Text>
                {plan.decidedBy.displayName} · {formatDateTime(plan.decidedAt)}
              </span>
            )}
          </Flex>
        )}
      </Card>
      {(['programme', 'qualification'] as const).map((kind) => (
        <TargetsTable
          key={kind}
          kind={kind}
          targets={draft.targets}
          planUnit={plan.unit.code}
          editable={editable}
          cells={cells}
          onChange={(targets) => onChange({ targets })}
        />
      ))}
      <BudgetCard
        draft={draft}
        editable={editable}
        cells={cells}
        onChange={(budget) => onChange({ budget })}
      />
    </Flex>
  );
}
