import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import type { Client, Proposal } from '../../domain/model';
import { useAnnounce } from '../../ui/Announcer';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { TextField } from '../../ui/Field';
import { useProposalCommands, type FieldErrors } from './use-proposal-commands';

interface MarkWonDialogProps {
  proposal: Proposal;
  /** The proposal's client when it already has one; a prospect becomes a new client. */
  client: Client | undefined;
  onClose: () => void;
  onWon: (proposal: Proposal) => void;
}

/** Errors with no field in this dialog, said in one line under the fields. */
function otherErrors(errors: FieldErrors): string[] {
  return Object.entries(errors)
    .filter(([path]) => path !== 'projectName' && path !== 'clientName')
    .flatMap(([, message]) => (message === undefined ? [] : [message]));
}

/** Confirms the names of the project (and client) a won proposal becomes, then converts it in one step. */
export function MarkWonDialog({ proposal, client, onClose, onWon }: MarkWonDialogProps) {
  const announce = useAnnounce();
  const navigate = useNavigate();
  const { markProposalWon } = useProposalCommands();
  const [projectName, setProjectName] = useState(proposal.title.slice(0, 200));
  const [clientName, setClientName] = useState(proposal.prospect?.name ?? '');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saving, setSaving] = useState(false);
  const newClient = client === undefined;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaving(true);
    try {
      const result = await markProposalWon(proposal.id, { projectName, clientName: newClient ? clientName : undefined });
      if (!result.ok) {
        setErrors(result.errors);
        return;
      }
      const { project, client: wonClient, clientCreated } = result.value;
      onWon(result.value.proposal);
      announce(`Won: created the project “${project.name}”${clientCreated ? ` and the client “${wonClient.name}”` : ''}`, 'success', {
        label: 'Open project',
        run: () => void navigate(`/projects/${project.id}`),
      });
    } catch (error) {
      setErrors({ '': `Nothing was changed: ${error instanceof Error ? error.message : String(error)}` });
    } finally {
      setSaving(false);
    }
  };

  const general = otherErrors(errors);
  return (
    <Dialog
      open
      onClose={onClose}
      title="Mark as won"
      description={
        newClient
          ? 'Congratulations! The prospect becomes a client and the proposal becomes a project, linked to each other.'
          : `Congratulations! The proposal becomes a project for ${client.name}, linked to it.`
      }
      footer={
        <>
          <Button onClick={onClose} disabled={saving}>
            Cancel
          </Button>
          <Button variant="primary" type="submit" form={`won-${proposal.id}`} disabled={saving} aria-busy={saving}>
            Create project
          </Button>
        </>
      }
    >
      <form id={`won-${proposal.id}`} className="stack" onSubmit={(event) => void submit(event)} noValidate>
        <TextField label="Project name" value={projectName} onChange={(event) => setProjectName(event.target.value)} error={errors.projectName} data-autofocus="" />
        {newClient && (
          <TextField
            label="Client name"
            value={clientName}
            onChange={(event) => setClientName(event.target.value)}
            error={errors.clientName}
            hint="Currency, platform and hourly rate come from the proposal; you can edit the client afterwards."
          />
        )}
        {general.length > 0 && (
          <p className="field-error" role="alert">
            {general.join(' ')}
          </p>
        )}
      </form>
    </Dialog>
  );
}
