import { Route, Routes } from 'react-router';
import { ProjectDetailPage } from './ProjectDetailPage';
import { ProjectFormPage } from './ProjectFormPage';
import { ProjectListPage } from './ProjectListPage';

/** The Projects area: the list, a project's page, and the forms to start and edit one. */
export function ProjectsScreen() {
  return (
    <Routes>
      <Route index element={<ProjectListPage />} />
      <Route path="new" element={<ProjectFormPage mode="new" />} />
      <Route path=":projectId" element={<ProjectDetailPage />} />
      <Route path=":projectId/edit" element={<ProjectFormPage mode="edit" />} />
      <Route path="*" element={<ProjectListPage />} />
    </Routes>
  );
}
