import {
  ApartmentOutlined,
  BarChartOutlined,
  ReadOutlined,
  RiseOutlined,
  SafetyCertificateOutlined,
  ScheduleOutlined,
  SettingOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';
import type { SessionUser } from '../../core/contracts/auth';
import type { Permission } from '../../core/roles';
import { paths } from '../auth/paths';

/**
 * Business modules in menu order. A built module shows only to users holding its permission;
 * the others are not built yet and show an honest placeholder.
 */
export const MODULES = [
  { key: 'org', path: paths.org, icon: <ApartmentOutlined />, permission: 'org.read', built: true },
  { key: 'people', path: paths.people, icon: <TeamOutlined />, permission: 'people.read', built: true },
  {
    key: 'standards',
    path: paths.standards,
    icon: <SafetyCertificateOutlined />,
    permission: 'reports.read',
    built: true,
  },
  {
    key: 'training',
    path: paths.training,
    icon: <ReadOutlined />,
    permission: 'training.read',
    built: true,
  },
  {
    key: 'plans',
    path: paths.plans,
    icon: <ScheduleOutlined />,
    permission: 'plans.read',
    built: true,
  },
  { key: 'succession', path: paths.succession, icon: <RiseOutlined />, permission: null, built: false },
  {
    key: 'reports',
    path: paths.reports,
    icon: <BarChartOutlined />,
    permission: 'reports.read',
    built: true,
  },
] as const satisfies readonly {
  key: string;
  path: string;
  icon: ReactNode;
  permission: Permission | null;
  built: boolean;
}[];

export type ModuleKey = (typeof MODULES)[number]['key'];
type Module = (typeof MODULES)[number];

/** Modules not built yet (placeholder pages). */
export const PLANNED_MODULES = MODULES.filter((m): m is Extract<Module, { built: false }> => !m.built);
export type PlannedModuleKey = (typeof PLANNED_MODULES)[number]['key'];

/** Modules the user may open, in menu order. */
export function visibleModules(user: SessionUser): Module[] {
  return MODULES.filter(
    (m) =>
      m.permission === null ||
      user.permissions.includes(m.permission) ||
      // An account linked to a person reaches "Kế hoạch của tôi" through the Kế hoạch module.
      (m.key === 'plans' && user.personId !== null),
  );
}

export const ADMIN_ICON = <SettingOutlined />;
