import { DatePicker } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { DATE_INPUT_FORMATS } from '../lib/format';

/**
 * A civil date as the API carries it (`YYYY-MM-DD`), typed or picked as dd/MM/yyyy
 * (also `22112026` and `22-11-2026`, ui.md). Empty is null.
 */
export function DateInput({
  value,
  onChange,
  onBlur,
  id,
  placeholder,
  allowClear = true,
  disabled,
  style,
  disabledDate,
  'aria-label': ariaLabel,
}: {
  value?: string | null;
  onChange?: (value: string | null) => void;
  onBlur?: () => void;
  id?: string;
  placeholder?: string;
  allowClear?: boolean;
  disabled?: boolean;
  style?: CSSProperties;
  disabledDate?: (iso: string) => boolean;
  'aria-label'?: string;
}) {
  const { t } = useTranslation();
  const parsed = value ? dayjs(value, 'YYYY-MM-DD', true) : null;
  return (
    <DatePicker
      id={id}
      value={parsed?.isValid() ? parsed : null}
      onChange={(d: Dayjs | null) => onChange?.(d ? d.format('YYYY-MM-DD') : null)}
      onBlur={onBlur}
      format={DATE_INPUT_FORMATS}
      placeholder={placeholder ?? t('common.datePlaceholder')}
      allowClear={allowClear}
      disabled={disabled}
      style={{ width: '100%', ...style }}
      disabledDate={disabledDate ? (d: Dayjs) => disabledDate(d.format('YYYY-MM-DD')) : undefined}
      aria-label={ariaLabel}
    />
  );
}
