import { useEffect } from 'react';
import { useNavigate } from 'react-router';
import { host } from '../platform';
import { areaPath } from './navigation';

/** Shows the area the native menu asked for. */
export function useHostNavigation(): void {
  const navigate = useNavigate();
  useEffect(() => host.onNavigate((area) => void navigate(areaPath(area))), [navigate]);
}
