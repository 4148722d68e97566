import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, type FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PersonRecord } from '../../../../core/contracts/people';
import { isApiError } from '../../../api/client';
import { useShowError } from '../../../lib/errors';
import { applyServerErrors } from '../../../lib/formErrors';

export const personKey = (id: number) => ['people', 'detail', id] as const;
/** The person's compliance with the standards of their posts (the gap card). */
export const personComplianceKey = (id: number) => ['people', 'compliance', id] as const;
/** Appointment checks of the person (any post, unit and date). */
export const appointmentCheckKey = (id: number, params?: { position: string; unit: string; date: string }) =>
  params
    ? (['people', 'appointment-check', id, params.position, params.unit, params.date] as const)
    : (['people', 'appointment-check', id] as const);

/**
 * A change to a person's record: every mutation answers with the fresh record, which replaces the
 * cached one; lists, counts, trees and reports are refreshed. A 409 VERSION_CONFLICT says the
 * record changed meanwhile and reloads it, leaving the form open on the newer data.
 */
export function usePersonMutation<B>({
  personId,
  mutationFn,
  form,
  fieldOf,
  success,
  onDone,
  onError,
}: {
  personId: number;
  mutationFn: (body: B) => Promise<PersonRecord>;
  form?: FormInstance;
  fieldOf?: (path: string) => string | null;
  success: string;
  onDone?: (record: PersonRecord) => void;
  /** Handles an error first (e.g. a refused appointment); true when it is handled. */
  onError?: (e: unknown) => boolean;
}) {
  const { t } = useTranslation();
  const { message, notification } = App.useApp();
  const showError = useShowError();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: async (record) => {
      queryClient.setQueryData(personKey(personId), record);
      void message.success(success);
      onDone?.(record);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: ['people', 'list'] }),
        queryClient.invalidateQueries({ queryKey: ['people', 'count'] }),
        queryClient.invalidateQueries({ queryKey: ['org', 'tree'] }),
        queryClient.invalidateQueries({ queryKey: ['reports'] }),
        // Any change to the record can change what the person meets (qualifications, posts, age).
        queryClient.invalidateQueries({ queryKey: personComplianceKey(personId) }),
        queryClient.invalidateQueries({ queryKey: appointmentCheckKey(personId) }),
      ]);
    },
    onError: async (e) => {
      if (onError?.(e)) return;
      if (isApiError(e) && e.code === 'VERSION_CONFLICT') {
        notification.warning({ title: t('person.versionConflict') });
        await queryClient.invalidateQueries({ queryKey: personKey(personId) });
        return;
      }
      if (form && fieldOf && applyServerErrors(form, e, fieldOf)) return;
      showError(e);
    },
  });
}
