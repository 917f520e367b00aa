import { useCallback } from 'react';
import { FEEDBACK_TEMPLATE_FILE_NAME, feedbackTemplateCsv } from '../../../domain/importers';
import { useCsvExport } from '../../../shared/use-csv-export';

export interface FeedbackTemplate {
  /** Hands the template to the save dialog (or the browser's downloads) and says how it went. */
  download: () => void;
  saving: boolean;
}

export function useFeedbackTemplate(): FeedbackTemplate {
  const { save, saving } = useCsvExport();
  const download = useCallback(() => {
    void save({ suggestedName: FEEDBACK_TEMPLATE_FILE_NAME, content: feedbackTemplateCsv(), summary: 'the feedback template' });
  }, [save]);
  return { download, saving };
}
