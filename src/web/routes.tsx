import { lazy, Suspense } from 'react';
import { createBrowserRouter, type RouteObject } from 'react-router';
import type { Permission } from '../core/roles';
import { paths } from './auth/paths';
import { RequireAuth, RequirePermission } from './auth/RequireAuth';
import { AppLayout, PageSpin } from './components/AppLayout';
import { CrashScreen } from './components/ErrorBoundary';
import { PLANNED_MODULES } from './components/modules';

// One chunk per page: antd components follow the pages that use them.
const LoginPage = lazy(() => import('./pages/auth/LoginPage'));
const DashboardPage = lazy(() => import('./pages/dashboard/DashboardPage'));
const ModulePlaceholderPage = lazy(() => import('./pages/modules/ModulePlaceholderPage'));
const UsersPage = lazy(() => import('./pages/admin/users/UsersPage'));
const RolesPage = lazy(() => import('./pages/admin/roles/RolesPage'));
const PositionsPage = lazy(() => import('./pages/admin/positions/PositionsPage'));
const AuditPage = lazy(() => import('./pages/admin/audit/AuditPage'));
const ChangePasswordPage = lazy(() => import('./pages/account/ChangePasswordPage'));
const TokensPage = lazy(() => import('./pages/account/TokensPage'));
const NotFoundPage = lazy(() => import('./pages/errors/NotFoundPage'));
const OrgPage = lazy(() => import('./pages/org/OrgPage'));
const PeoplePage = lazy(() => import('./pages/people/PeoplePage'));
const ImportPage = lazy(() => import('./pages/people/ImportPage'));
const PersonPage = lazy(() => import('./pages/people/person/PersonPage'));
const PersonPrintPage = lazy(() => import('./pages/people/person/PersonPrintPage'));
const ReportsPage = lazy(() => import('./pages/reports/ReportsPage'));
const QualificationReportPage = lazy(() => import('./pages/reports/QualificationReportPage'));
const StandardsCataloguePage = lazy(() => import('./pages/standards/catalogue/StandardsCataloguePage'));
const CompliancePage = lazy(() => import('./pages/standards/compliance/CompliancePage'));
const CoursesPage = lazy(() => import('./pages/training/CoursesPage'));
const CoursePage = lazy(() => import('./pages/training/CoursePage'));
const TrainingReportPage = lazy(() => import('./pages/training/TrainingReportPage'));
const PlansPage = lazy(() => import('./pages/needs/PlansPage'));
const MonitoredPage = lazy(() => import('./pages/learning-plans/MonitoredPage'));
const NeedsPage = lazy(() => import('./pages/needs/NeedsPage'));
const PlansListPage = lazy(() => import('./pages/plans/PlansListPage'));
const PlanPage = lazy(() => import('./pages/plans/PlanPage'));
const SubmissionsPage = lazy(() => import('./pages/plans/SubmissionsPage'));
const MyPlanPage = lazy(() => import('./pages/plans/MyPlanPage'));
const MyCoursesPage = lazy(() => import('./pages/training/MyCoursesPage'));
const CommitmentsPage = lazy(() => import('./pages/training/commitments/CommitmentsPage'));
const ActivitiesPage = lazy(() => import('./pages/training/activities/ActivitiesPage'));
const MinimumPage = lazy(() => import('./pages/minimum/MinimumPage'));
const NotificationsPage = lazy(() => import('./pages/notifications/NotificationsPage'));
const NotificationSettingsPage = lazy(() => import('./pages/notifications/NotificationSettingsPage'));

function guarded(permission: Permission, element: React.ReactNode) {
  return <RequirePermission permission={permission}>{element}</RequirePermission>;
}

/** Strip the leading "/" of an absolute path for a nested route. */
const rel = (p: string) => p.replace(/^\//, '');

const routes: RouteObject[] = [
  {
    path: '/dang-nhap',
    errorElement: <CrashScreen />,
    element: (
      <Suspense fallback={<PageSpin />}>
        <LoginPage />
      </Suspense>
    ),
  },
  {
    // The print view stands alone (no menu, no header): an A4 sheet and an "In" button.
    path: '/can-bo/:id/in',
    errorElement: <CrashScreen />,
    element: (
      <RequireAuth>
        <Suspense fallback={<PageSpin />}>{guarded('people.read', <PersonPrintPage />)}</Suspense>
      </RequireAuth>
    ),
  },
  {
    path: '/',
    errorElement: <CrashScreen />,
    element: (
      <RequireAuth>
        <AppLayout />
      </RequireAuth>
    ),
    children: [
      {
        // A page that fails (a chunk that no longer exists after an upgrade, a bug) shows the
        // crash screen inside the shell, so the menu stays usable.
        errorElement: <CrashScreen />,
        children: [
          { index: true, element: <DashboardPage /> },
          ...PLANNED_MODULES.map((m) => ({
            path: rel(m.path),
            element: <ModulePlaceholderPage module={m.key} />,
          })),
          { path: rel(paths.org), element: guarded('org.read', <OrgPage />) },
          { path: rel(paths.people), element: guarded('people.read', <PeoplePage />) },
          { path: rel(paths.peopleImport), element: guarded('people.write', <ImportPage />) },
          { path: 'can-bo/:id', element: guarded('people.read', <PersonPage />) },
          { path: rel(paths.standards), element: guarded('reports.read', <CompliancePage />) },
          {
            path: rel(paths.standardsCatalogue),
            element: guarded('standards.read', <StandardsCataloguePage />),
          },
          { path: rel(paths.training), element: guarded('training.read', <CoursesPage />) },
          { path: 'dao-tao/lop/:id', element: guarded('training.read', <CoursePage />) },
          // Self-service: any signed-in account; the page explains when no person record is linked.
          { path: rel(paths.trainingMine), element: <MyCoursesPage /> },
          {
            path: rel(paths.trainingReport),
            element: guarded('reports.read', <TrainingReportPage />),
          },
          {
            path: rel(paths.trainingCommitments),
            element: guarded('training.read', <CommitmentsPage />),
          },
          {
            path: rel(paths.trainingActivities),
            element: guarded('training.read', <ActivitiesPage />),
          },
          {
            path: rel(paths.trainingMinimum),
            element: guarded('training.read', <MinimumPage />),
          },
          // The landing shows one card per page the account may open (a cadre: "Kế hoạch của tôi").
          { path: rel(paths.plans), element: <PlansPage /> },
          { path: rel(paths.plansList), element: guarded('plans.read', <PlansListPage />) },
          { path: 'ke-hoach/dao-tao/:id', element: guarded('plans.read', <PlanPage />) },
          { path: rel(paths.plansSubmissions), element: guarded('plans.read', <SubmissionsPage />) },
          // Self-service: the page explains when the account is not linked to a person record.
          { path: rel(paths.myPlan), element: <MyPlanPage /> },
          { path: rel(paths.plansNeeds), element: guarded('reports.read', <NeedsPage />) },
          // Any signed-in account: a monitor is often a self-service account linked to a person.
          { path: rel(paths.plansMonitored), element: <MonitoredPage /> },
          { path: rel(paths.reports), element: guarded('reports.read', <ReportsPage />) },
          {
            path: rel(paths.reportQualifications),
            element: guarded('reports.read', <QualificationReportPage />),
          },
          { path: 'quan-tri/nguoi-dung', element: guarded('users.read', <UsersPage />) },
          { path: 'quan-tri/vai-tro', element: guarded('roles.read', <RolesPage />) },
          { path: rel(paths.positions), element: guarded('org.read', <PositionsPage />) },
          { path: 'quan-tri/nhat-ky', element: guarded('audit.read', <AuditPage />) },
          { path: 'tai-khoan/doi-mat-khau', element: <ChangePasswordPage /> },
          { path: 'tai-khoan/token-api', element: <TokensPage /> },
          // Any signed-in account: everyone has notifications of their own.
          { path: rel(paths.notifications), element: <NotificationsPage /> },
          { path: rel(paths.notificationSettings), element: <NotificationSettingsPage /> },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];

export const router = createBrowserRouter(routes);
