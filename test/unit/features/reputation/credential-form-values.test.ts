import { describe, expect, it } from 'vitest';
import { createCredential, updateCredential } from '../../../../src/db/repositories/credentials';
import {
  blankCredentialForm,
  credentialFormFromCredential,
  credentialFormMessages,
  credentialInputFromForm,
} from '../../../../src/features/reputation/credentials/credential-form-values';
import { credentialInput, expectErrors, expectOk, freshDb } from '../../db/test-db';

describe('the credential form', () => {
  it('names every missing field of a blank form at once, asking for the day it was issued', async () => {
    const db = freshDb();
    const blank = blankCredentialForm();
    const errors = expectErrors(await createCredential(db, credentialInputFromForm(blank)));
    expect(credentialFormMessages(errors, blank)).toEqual({
      byField: { name: 'Name is required', issuer: 'Issuer is required', date: 'Choose the day it was issued' },
      other: [],
    });
  });

  it('puts a problem with one skill under Skills, and one no field shows above the buttons', () => {
    expect(credentialFormMessages({ 'skills.2': 'Too long', id: 'No such credential' }, blankCredentialForm())).toEqual({
      byField: { skills: 'Too long' },
      other: ['No such credential'],
    });
  });

  it('clears an expiry, link and description left empty on edit, and keeps the original file', async () => {
    const db = freshDb();
    const stored = expectOk(
      await createCredential(db, credentialInput({ expires: '2027-05-02', url: 'https://scrum.org/c/1', description: 'Assessed online.', attachmentId: 'file-1' })),
    );
    const values = { ...credentialFormFromCredential(stored), expires: '', url: '  ', description: ' ' };
    const saved = expectOk(await updateCredential(db, stored.id, credentialInputFromForm(values)));
    expect(saved).not.toHaveProperty('expires');
    expect(saved).not.toHaveProperty('url');
    expect(saved).not.toHaveProperty('description');
    expect(saved.attachmentId).toBe('file-1');
  });
});
