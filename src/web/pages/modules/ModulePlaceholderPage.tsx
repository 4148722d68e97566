import { Card, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { HomeButton } from '../../components/HomeButton';
import { PLANNED_MODULES, type PlannedModuleKey } from '../../components/modules';
import { PageHeader } from '../../components/PageHeader';

/** Honest empty state for a module that is not built yet: no made-up figures. */
export function ModulePlaceholderPage({ module }: { module: PlannedModuleKey }) {
  const { t } = useTranslation();
  const name = t(`nav.${module}`);
  const icon = PLANNED_MODULES.find((m) => m.key === module)?.icon;
  return (
    <>
      <PageHeader title={name}>{t(`modules.${module}`)}</PageHeader>
      <Card>
        <Result
          icon={<span style={{ fontSize: 64, color: '#bfbfbf' }}>{icon}</span>}
          title={t('modules.underConstruction')}
          subTitle={t('modules.underConstructionDetail', { module: name })}
          extra={<HomeButton />}
        />
      </Card>
    </>
  );
}

export default ModulePlaceholderPage;
