import { DOCUMENT_LANGUAGES, type Client, type DocumentLanguage, type Invoice, type Settings } from '../model';

/** Where each language's dates and numbers come from when the app's own locale speaks another language. */
const HOME_LOCALE: Readonly<Record<DocumentLanguage, string>> = { en: 'en-GB', de: 'de-DE', fr: 'fr-FR', es: 'es-ES' };

function isDocumentLanguage(language: string): language is DocumentLanguage {
  return DOCUMENT_LANGUAGES.some((known) => known === language);
}

function languageOfLocale(locale: string): string {
  try {
    return new Intl.Locale(locale).language;
  } catch {
    return '';
  }
}

/**
 * The locale a document's dates and numbers are written in: the app's own locale when it speaks the document's
 * language (so an Austrian or Swiss user keeps their region's habits), else the language's home country.
 */
export function documentFormatLocale(language: DocumentLanguage, appLocale: string): string {
  return languageOfLocale(appLocale) === language ? appLocale : HOME_LOCALE[language];
}

/** A fresh install's document language: the app locale's, when documents can be written in it, else English. */
export function defaultDocumentLanguage(appLocale: string): DocumentLanguage {
  const language = languageOfLocale(appLocale);
  return isDocumentLanguage(language) ? language : 'en';
}

/** The language a draft for this client is written in: the client's own choice, else the one in Settings. */
export function draftDocumentLanguage(client: Pick<Client, 'documentLanguage'> | undefined, settings: Pick<Settings, 'documentLanguage'>): DocumentLanguage {
  return client?.documentLanguage ?? settings.documentLanguage;
}

/**
 * The language a document is written in. An issued one keeps the language it was issued in; one issued before
 * documents had a language was written in English. A draft follows its client and Settings until it is issued.
 */
export function documentLanguageOf(
  invoice: Pick<Invoice, 'status' | 'documentLanguage'>,
  client: Pick<Client, 'documentLanguage'> | undefined,
  settings: Pick<Settings, 'documentLanguage'>,
): DocumentLanguage {
  if (invoice.status === 'draft') return draftDocumentLanguage(client, settings);
  return invoice.documentLanguage ?? 'en';
}

/** A document language by its name in the given locale: "German", "Deutsch"; the code where the runtime has none. */
export function documentLanguageName(language: DocumentLanguage, locale: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'language' }).of(language) ?? language;
  } catch {
    return language;
  }
}
