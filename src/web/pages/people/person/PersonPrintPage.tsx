import { ArrowLeftOutlined, PrinterOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Flex, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import {
  ASSIGNMENT_KIND_LABELS,
  GENDER_LABELS,
  PERSON_CATEGORY_LABELS,
  PERSON_STATUS_LABELS,
  QUALIFICATION_STATUS_LABELS,
  RATING_LABELS,
  TRAINING_MODE_LABELS,
  type TrainingMode,
} from '../../../../core/catalog/enums';
import { DIMENSION_LABELS, DIMENSIONS, levelRank } from '../../../../core/catalog/levels';
import type { PersonRecord } from '../../../../core/contracts/people';
import { api } from '../../../api/endpoints';
import { personPath } from '../../../auth/paths';
import { useDocumentTitle } from '../../../components/useDocumentTitle';
import { errorMessage } from '../../../lib/errors';
import { formatDate } from '../../../lib/format';
import { ancestorsOf, indexTree } from '../../../lib/orgTree';
import {
  formalDate,
  highestCompleted,
  lastDayOf,
  levelLabel,
  placeName,
  todayVn,
} from '../../../lib/records';
import { personKey } from './usePersonMutation';
import './print.css';

/** Header row, then the numbered row (1), (2)… of official forms; widths in % of the table. */
function NumberedHeader({ titles, widths }: { titles: string[]; widths: number[] }) {
  return (
    <>
      <colgroup>
        {titles.map((title, i) => (
          <col key={title} style={{ width: `${widths[i] ?? 10}%` }} />
        ))}
      </colgroup>
      <thead>
        <tr>
          {titles.map((title) => (
            <th key={title}>{title}</th>
          ))}
        </tr>
        <tr className="col-no">
          {titles.map((title, i) => (
            <th key={title}>({i + 1})</th>
          ))}
        </tr>
      </thead>
    </>
  );
}

function EmptyRow({ span }: { span: number }) {
  return (
    <tr className="empty-row">
      <td colSpan={span}>Không có</td>
    </tr>
  );
}

function Document({ p, superior, place }: { p: PersonRecord; superior: string; place: string }) {
  const today = todayVn();
  const d = formalDate(today);
  const dateLine = `${place || '……………'}, ngày ${d.day} tháng ${d.month} năm ${d.year}`;
  const assignments = [...p.assignments].sort((a, b) => a.validFrom.localeCompare(b.validFrom));
  const qualifications = [...p.qualifications].sort(
    (a, b) =>
      DIMENSIONS.indexOf(a.dimension) - DIMENSIONS.indexOf(b.dimension) ||
      levelRank(b.dimension, b.level) - levelRank(a.dimension, a.level),
  );
  const evaluations = [...p.evaluations].sort((a, b) => a.year - b.year);
  const rewards = [...p.rewards].sort((a, b) => a.decisionDate.localeCompare(b.decisionDate));
  const best = (dim: (typeof DIMENSIONS)[number]) => {
    const q = highestCompleted(p.qualifications, dim, today);
    return q ? levelLabel(dim, q.level) : 'Chưa có';
  };
  const identity: [string, string, string, string][] = [
    ['Họ và tên', p.fullName.toUpperCase(), 'Giới tính', GENDER_LABELS[p.gender]],
    ['Ngày sinh', formatDate(p.birthDate), 'Số CCCD', p.cccd],
    ['Dân tộc', p.ethnicity ?? '', 'Tôn giáo', p.religion ?? 'Không'],
    ['Quê quán', p.hometown ?? '', 'Đối tượng', PERSON_CATEGORY_LABELS[p.category]],
    ['Chức vụ hiện nay', p.position?.name ?? '', 'Đơn vị công tác', p.unit?.name ?? ''],
    ['Ngày vào Đảng', formatDate(p.partyJoinDate), 'Ngày chính thức', formatDate(p.partyOfficialDate)],
    ['Trình độ chuyên môn', best('professional'), 'Lý luận chính trị', best('politicalTheory')],
    ['Quản lý nhà nước', best('stateManagement'), 'Ngoại ngữ', best('foreignLanguage')],
    ['Tin học', best('it'), 'Tình trạng', PERSON_STATUS_LABELS[p.status]],
  ];

  return (
    <article className="cadre-print" data-testid="print-document">
      <table className="doc-header">
        <tbody>
          <tr>
            <td className="left">
              <div className="upper">{superior || '\u00a0'}</div>
              <div className="upper" style={{ fontWeight: 'bold' }}>
                {p.unit?.name ?? ''}
              </div>
              <div className="short-line" />
            </td>
            <td>
              <div className="upper" style={{ fontWeight: 'bold' }}>
                Cộng hòa xã hội chủ nghĩa Việt Nam
              </div>
              <div className="motto">Độc lập - Tự do - Hạnh phúc</div>
              <div className="place-date">{dateLine}</div>
            </td>
          </tr>
        </tbody>
      </table>

      <h1>Sơ yếu lý lịch cán bộ, công chức</h1>
      <p className="period">Tính đến ngày {formatDate(today)}</p>

      <h2>I. Thông tin chung</h2>
      <table className="grid identity">
        <tbody>
          {identity.map(([l1, v1, l2, v2]) => (
            <tr key={l1}>
              <td className="label">{l1}</td>
              <td className="value">{v1}</td>
              <td className="label">{l2}</td>
              <td className="value">{v2}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <h2>II. Quá trình công tác</h2>
      <table className="grid">
        <NumberedHeader
          titles={['STT', 'Từ ngày', 'Đến ngày', 'Chức vụ', 'Đơn vị', 'Hình thức', 'Quyết định']}
          widths={[6, 13, 13, 21, 18, 11, 18]}
        />
        <tbody>
          {assignments.length === 0 ? <EmptyRow span={7} /> : null}
          {assignments.map((a, i) => (
            <tr key={a.id}>
              <td className="num">{i + 1}</td>
              <td className="num">{formatDate(a.validFrom)}</td>
              <td className="num">{a.validTo ? formatDate(lastDayOf(a.validTo)) : 'nay'}</td>
              <td>{a.position.name}</td>
              <td>{a.unit.name}</td>
              <td>{ASSIGNMENT_KIND_LABELS[a.kind]}</td>
              <td>
                {[
                  a.decisionNo ? `Số ${a.decisionNo}` : '',
                  a.decisionDate ? `ngày ${formatDate(a.decisionDate)}` : '',
                ]
                  .filter(Boolean)
                  .join(', ')}
              </td>
            </tr>
          ))}
        </tbody>
      </table>

      <h2>III. Trình độ đào tạo, bồi dưỡng</h2>
      <table className="grid">
        <NumberedHeader
          titles={[
            'STT',
            'Loại trình độ',
            'Trình độ',
            'Chuyên ngành',
            'Cơ sở đào tạo',
            'Hình thức',
            'Thời gian',
            'Tình trạng',
          ]}
          widths={[6, 13, 11, 13, 17, 15, 14, 11]}
        />
        <tbody>
          {qualifications.length === 0 ? <EmptyRow span={8} /> : null}
          {qualifications.map((q, i) => (
            <tr key={q.id}>
              <td className="num">{i + 1}</td>
              <td>{DIMENSION_LABELS[q.dimension]}</td>
              <td>
                {levelLabel(q.dimension, q.level)}
                {q.language ? ` (${q.language})` : ''}
              </td>
              <td>{q.major ?? ''}</td>
              <td>{q.institution ?? ''}</td>
              <td>{q.mode ? (TRAINING_MODE_LABELS[q.mode as TrainingMode] ?? q.mode) : ''}</td>
              <td className="num">
                {q.startDate || q.endDate ? (
                  <>
                    {formatDate(q.startDate) || '…'} –<br />
                    {formatDate(q.endDate) || '…'}
                  </>
                ) : null}
              </td>
              <td>{QUALIFICATION_STATUS_LABELS[q.status]}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <h2>IV. Đánh giá, xếp loại</h2>
      <table className="grid">
        <NumberedHeader titles={['STT', 'Năm', 'Xếp loại', 'Ghi chú']} widths={[6, 10, 50, 34]} />
        <tbody>
          {evaluations.length === 0 ? <EmptyRow span={4} /> : null}
          {evaluations.map((e, i) => (
            <tr key={e.id}>
              <td className="num">{i + 1}</td>
              <td className="num">{e.year}</td>
              <td>{RATING_LABELS[e.rating]}</td>
              <td>{e.note ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <h2>V. Khen thưởng, kỷ luật</h2>
      <table className="grid">
        <NumberedHeader
          titles={['STT', 'Loại', 'Hình thức', 'Số, ngày quyết định', 'Lý do']}
          widths={[6, 14, 28, 24, 28]}
        />
        <tbody>
          {rewards.length === 0 ? <EmptyRow span={5} /> : null}
          {rewards.map((r, i) => (
            <tr key={r.id}>
              <td className="num">{i + 1}</td>
              <td>{r.type === 'reward' ? 'Khen thưởng' : 'Kỷ luật'}</td>
              <td>{r.form}</td>
              <td>
                {[r.decisionNo ? `Số ${r.decisionNo}` : '', `ngày ${formatDate(r.decisionDate)}`]
                  .filter(Boolean)
                  .join(', ')}
              </td>
              <td>{r.reason ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <table className="signatures">
        <tbody>
          <tr>
            <td>
              <div>&nbsp;</div>
              <div className="title">Người lập biểu</div>
              <div className="hint">(Ký, ghi rõ họ tên)</div>
            </td>
            <td>
              <div className="place-date" style={{ marginTop: 0 }}>
                {dateLine}
              </div>
              <div className="title">Thủ trưởng đơn vị</div>
              <div className="hint">(Ký, ghi rõ họ tên, đóng dấu)</div>
            </td>
          </tr>
          <tr>
            <td className="space" />
            <td className="space" />
          </tr>
        </tbody>
      </table>
    </article>
  );
}

/** The print view of a person's record: A4, Times New Roman, "In" calls the browser's print. */
export default function PersonPrintPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { id: idParam } = useParams();
  const id = Number(idParam);
  const record = useQuery({
    queryKey: personKey(id),
    queryFn: ({ signal }) => api.people.get(id, signal),
    enabled: Number.isInteger(id) && id > 0,
  });
  const today = todayVn();
  const tree = useQuery({
    queryKey: ['org', 'tree', 'state', today],
    queryFn: ({ signal }) => api.org.tree({ asOf: today, tree: 'state' }, signal),
    staleTime: 60_000,
  });
  useDocumentTitle(record.data ? t('print.documentTitle', { name: record.data.fullName }) : t('print.title'));

  let superior = '';
  let place = '';
  const unitCode = record.data?.unit?.code;
  if (tree.data && unitCode) {
    const index = indexTree(tree.data);
    const parent = index.byCode.get(unitCode)?.parentCode;
    if (parent) superior = index.byCode.get(parent)?.name ?? '';
    const chain = [...ancestorsOf(index, unitCode), unitCode];
    const province = chain.map((c) => index.byCode.get(c)).find((n) => n?.kind === 'province');
    if (province) place = placeName(province.name);
  }

  return (
    <div className="cadre-print-page">
      <div className="cadre-print-toolbar">
        <Button icon={<ArrowLeftOutlined />} onClick={() => navigate(personPath(id))}>
          {t('print.back')}
        </Button>
        <Button
          type="primary"
          icon={<PrinterOutlined />}
          onClick={() => window.print()}
          disabled={!record.data}
        >
          {t('print.print')}
        </Button>
        <Typography.Text type="secondary">{t('print.hint')}</Typography.Text>
      </div>
      {record.isError ? (
        <Flex justify="center">
          <Alert
            type="error"
            showIcon
            title={t('common.loadFailed')}
            description={errorMessage(record.error, t)}
          />
        </Flex>
      ) : record.data ? (
        <Document p={record.data} superior={superior} place={place} />
      ) : (
        <div className="cadre-print">
          <Skeleton active paragraph={{ rows: 12 }} />
        </div>
      )}
    </div>
  );
}
