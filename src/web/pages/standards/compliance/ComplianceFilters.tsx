import { ClearOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Select, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { AREA_CLASSES, POSITION_GROUP_LABELS, POSITION_GROUPS } from '../../../../core/catalog/enums';
import type { ComplianceParams } from '../../../api/compliance';
import { DateInput } from '../../../components/DateInput';
import { UnitSelect } from '../../../components/UnitTreeSelect';
import type { ParamPatch } from '../../../lib/urlState';

function Field({ label, children, grow }: { label: string; children: ReactNode; grow?: boolean }) {
  return (
    <Flex vertical gap={4} style={grow ? { flex: '1 1 260px', maxWidth: 400 } : undefined}>
      <Typography.Text type="secondary">{label}</Typography.Text>
      {children}
    </Flex>
  );
}

/** Đơn vị, tại ngày, nhóm chức vụ, chủ chốt, khu vực: every filter lives in the page address. */
export function ComplianceFilters({
  unit,
  unitName,
  nation,
  filters,
  asOf,
  today,
  update,
}: {
  unit: string | null;
  unitName: string | undefined;
  /** The user may see the whole country (no unit). */
  nation: boolean;
  filters: Omit<ComplianceParams, 'unit'>;
  asOf: string;
  today: string;
  update: (patch: ParamPatch) => void;
}) {
  const { t } = useTranslation();
  const filtered =
    filters.group !== undefined ||
    filters.keyCadre !== undefined ||
    filters.areaClass !== undefined ||
    asOf !== today;
  return (
    <Card styles={{ body: { padding: 16 } }} style={{ marginBottom: 16 }}>
      <Flex gap={16} wrap align="flex-end">
        <Field label={t('compliance.filters.unit')} grow>
          <UnitSelect
            value={unit}
            onChange={(v) => update({ unit: v })}
            known={unit && unitName ? [{ code: unit, name: unitName }] : []}
            allowClear={nation}
            placeholder={nation ? t('compliance.filters.nation') : t('unitPicker.placeholder')}
            aria-label={t('compliance.filters.unit')}
          />
        </Field>
        <Field label={t('compliance.filters.asOf')}>
          <DateInput
            value={asOf}
            onChange={(v) => update({ asOf: v && v !== today ? v : null })}
            allowClear={false}
            style={{ width: 150 }}
            aria-label={t('compliance.filters.asOf')}
          />
        </Field>
        <Field label={t('compliance.filters.group')}>
          <Select
            value={filters.group ?? ''}
            onChange={(v: string) => update({ group: v })}
            style={{ width: 200 }}
            aria-label={t('compliance.filters.group')}
            options={[
              { value: '', label: t('compliance.filters.groupAll') },
              ...POSITION_GROUPS.map((g) => ({ value: g, label: POSITION_GROUP_LABELS[g] })),
            ]}
          />
        </Field>
        <Field label={t('compliance.filters.keyCadre')}>
          <Select
            value={filters.keyCadre ?? ''}
            onChange={(v: string) => update({ keyCadre: v })}
            style={{ width: 170 }}
            aria-label={t('compliance.filters.keyCadre')}
            options={[
              { value: '', label: t('compliance.filters.keyCadreAll') },
              { value: 'true', label: t('compliance.filters.keyCadreYes') },
              { value: 'false', label: t('compliance.filters.keyCadreNo') },
            ]}
          />
        </Field>
        <Field label={t('compliance.filters.areaClass')}>
          <Select
            value={filters.areaClass ?? ''}
            onChange={(v: string) => update({ areaClass: v })}
            style={{ width: 150 }}
            aria-label={t('compliance.filters.areaClass')}
            options={[
              { value: '', label: t('compliance.filters.areaAll') },
              ...AREA_CLASSES.map((c) => ({ value: c, label: t('compliance.filters.area', { c }) })),
            ]}
          />
        </Field>
        {filtered ? (
          <Button
            icon={<ClearOutlined />}
            onClick={() => update({ asOf: null, group: null, keyCadre: null, areaClass: null })}
          >
            {t('compliance.filters.clear')}
          </Button>
        ) : null}
      </Flex>
    </Card>
  );
}
