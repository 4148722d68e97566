import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, type FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PersonRecord } from '../../../../core/contracts/people';
import { isApiError } from '../../../api/client';
import { useShowError } from '../../../lib/errors';
import { applyServerErrors } from '../../../lib/formErrors';

export const personKey = (id: number) => ['people', 'detail', id] as const;

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
}: {
  personId: number;
  mutationFn: (body: B) => Promise<PersonRecord>;
  form?: FormInstance;
  fieldOf?: (path: string) => string | null;
  success: string;
  onDone?: (record: PersonRecord) => void;
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
      ]);
    },
    onError: async (e) => {
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
