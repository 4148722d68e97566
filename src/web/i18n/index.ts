import dayjs from 'dayjs';
import 'dayjs/locale/vi';
import i18n from 'i18next';
import { initReactI18next, useTranslation } from 'react-i18next';
// Zod's generic messages in Vietnamese, configured exactly as on the server.
import '../../core/zod-locale';
import { en } from './en';
import { vi } from './vi';

export const LANGS = ['vi', 'en'] as const;
export type Lang = (typeof LANGS)[number];

export const LANG_STORAGE_KEY = 'cadre.lang';

function isLang(value: unknown): value is Lang {
  return value === 'vi' || value === 'en';
}

export function storedLang(): Lang {
  try {
    const v = localStorage.getItem(LANG_STORAGE_KEY);
    return isLang(v) ? v : 'vi';
  } catch {
    return 'vi';
  }
}

/**
 * Applies a language to what formats text: i18next, dayjs, <html lang>. Validation messages stay
 * Vietnamese in both languages: they are the server's messages (contracts).
 */
function applySideEffects(lang: Lang): void {
  dayjs.locale(lang === 'vi' ? 'vi' : 'en');
  document.documentElement.lang = lang;
  document.title = i18n.t('app.documentTitle');
}

const initialLang = storedLang();

void i18n.use(initReactI18next).init({
  resources: { vi: { translation: vi }, en: { translation: en } },
  lng: initialLang,
  fallbackLng: 'vi',
  interpolation: { escapeValue: false },
  returnNull: false,
});
applySideEffects(initialLang);

export async function changeLang(lang: Lang): Promise<void> {
  try {
    localStorage.setItem(LANG_STORAGE_KEY, lang);
  } catch {
    // Private mode: the choice lasts for this page only.
  }
  await i18n.changeLanguage(lang);
  applySideEffects(lang);
}

/** The current UI language, typed. */
export function useLang(): Lang {
  const { i18n: instance } = useTranslation();
  return isLang(instance.language) ? instance.language : 'vi';
}

export { i18n };
