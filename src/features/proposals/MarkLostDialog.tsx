import { useState, type FormEvent } from 'react';
import type { Proposal } from '../../domain/model';
import { useAnnounce } from '../../ui/Announcer';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { TextAreaField } from '../../ui/Field';
import { useProposalCommands, type FieldErrors } from './use-proposal-commands';

interface MarkLostDialogProps {
  proposal: Proposal;
  onClose: () => void;
  onLost: (proposal: Proposal) => void;
}

/** Marks a proposal lost, with the reason if the client gave one: over time the reasons show a pattern. */
export function MarkLostDialog({ proposal, onClose, onLost }: MarkLostDialogProps) {
  const announce = useAnnounce();
  const { markProposalLost } = useProposalCommands();
  const [reason, setReason] = useState(proposal.lostReason ?? '');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saving, setSaving] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaving(true);
    try {
      const result = await markProposalLost(proposal.id, reason);
      if (!result.ok) {
        setErrors(result.errors);
        return;
      }
      onLost(result.value);
      announce(`Marked “${proposal.title}” as lost`, 'neutral');
    } finally {
      setSaving(false);
    }
  };

  const general = Object.entries(errors).filter(([path]) => path !== 'lostReason');
  return (
    <Dialog
      open
      onClose={onClose}
      title="Mark as lost"
      description={`“${proposal.title}” moves to Lost. The reason is optional and only for you.`}
      size="sm"
      footer={
        <>
          <Button onClick={onClose} disabled={saving}>
            Cancel
          </Button>
          <Button variant="primary" type="submit" form={`lost-${proposal.id}`} disabled={saving} aria-busy={saving}>
            Mark as lost
          </Button>
        </>
      }
    >
      <form id={`lost-${proposal.id}`} onSubmit={(event) => void submit(event)} noValidate>
        <TextAreaField
          label="Reason"
          value={reason}
          onChange={(event) => setReason(event.target.value)}
          error={errors.lostReason}
          hint="For example: went with a cheaper bid, project cancelled, no reply."
          rows={3}
          data-autofocus=""
        />
        {general.length > 0 && (
          <p className="field-error" role="alert">
            {general.map(([, message]) => message).join(' ')}
          </p>
        )}
      </form>
    </Dialog>
  );
}
