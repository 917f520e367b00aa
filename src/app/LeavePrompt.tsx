import { useBlocker, type BlockerFunction } from 'react-router';
import { Button } from '../ui/Button';
import { Dialog } from '../ui/Dialog';
import { formsWithUnsavedChanges, type UnsavedForm } from '../shared/leave-guard';

/** A move to another screen, not a change of filter or tab within the same one, leaves the form behind. */
const leavesUnsavedForm: BlockerFunction = ({ currentLocation, nextLocation }) =>
  currentLocation.pathname !== nextLocation.pathname && formsWithUnsavedChanges().length > 0;

function whatHappens(forms: readonly UnsavedForm[]): string {
  const nouns = [...new Set(forms.map((form) => form.noun))].join(' and ');
  return forms.every((form) => form.keepsDraft)
    ? `Your changes to the ${nouns} are not saved yet. If you leave, they are kept as a draft on this computer and come back when you open the form again.`
    : `Your changes to the ${nouns} are not saved. If you leave, they are lost.`;
}

/**
 * Asks before the app's own navigation (sidebar, links, back, the command palette, the desktop menu) leaves a form
 * with unsaved changes: stay, leave keeping the draft, or throw the changes away and leave.
 */
export function LeavePrompt() {
  const blocker = useBlocker(leavesUnsavedForm);
  const open = blocker.state === 'blocked';
  const forms = open ? formsWithUnsavedChanges() : [];
  const keepsDraft = forms.every((form) => form.keepsDraft);

  const stay = () => {
    if (blocker.state === 'blocked') blocker.reset();
  };
  const leave = () => {
    if (blocker.state === 'blocked') blocker.proceed();
  };
  const discardAndLeave = () => {
    for (const form of forms) form.discard();
    leave();
  };

  return (
    <Dialog
      open={open}
      onClose={stay}
      title="Leave with unsaved changes?"
      description={whatHappens(forms)}
      size="sm"
      role="alertdialog"
      footer={
        <>
          <Button variant="secondary" onClick={stay} data-autofocus="">
            Stay
          </Button>
          {keepsDraft && (
            <Button variant="danger" onClick={discardAndLeave}>
              Discard changes
            </Button>
          )}
          <Button variant={keepsDraft ? 'primary' : 'danger'} onClick={leave}>
            {keepsDraft ? 'Leave' : 'Leave without saving'}
          </Button>
        </>
      }
    />
  );
}
