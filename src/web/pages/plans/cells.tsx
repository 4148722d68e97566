import { InputNumber, Typography } from 'antd';
import type { CSSProperties } from 'react';
import { formatNumber } from '../../lib/format';

/** The problems of one cell, under its input. */
export function CellError({ errors }: { errors?: readonly string[] | undefined }) {
  if (!errors?.length) return null;
  return (
    <Typography.Text
      type="danger"
      style={{ display: 'block', fontSize: 12, lineHeight: 1.4, textAlign: 'left' }}
    >
      {errors.join('; ')}
    </Typography.Text>
  );
}

/** A whole number typed and shown with Vietnamese separators (1.500.000); empty is null. */
export function NumberCell({
  value,
  onChange,
  errors,
  label,
  max,
  style,
}: {
  value: number | null;
  onChange: (v: number | null) => void;
  errors?: readonly string[] | undefined;
  label: string;
  max?: number;
  style?: CSSProperties;
}) {
  return (
    <>
      <InputNumber<number>
        aria-label={label}
        value={value}
        min={0}
        max={max}
        precision={0}
        status={errors?.length ? 'error' : undefined}
        style={{ width: '100%', ...style }}
        formatter={(v) => (v === undefined || v === null || `${v}` === '' ? '' : formatNumber(Number(v)))}
        parser={(v) => {
          const digits = (v ?? '').replace(/\D/g, '');
          return digits === '' ? (null as unknown as number) : Number(digits);
        }}
        onChange={(v) => onChange(v ?? null)}
      />
      <CellError errors={errors} />
    </>
  );
}
