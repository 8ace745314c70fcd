/** The options page's notes part (issue 5): the notes list, site rules, export of all pages and import. */
import { useState } from 'preact/hooks';
import { ExportButtons, ImportNotes } from '@/components/ExportImport';
import { NotesList } from '@/components/NotesList';
import { SiteRules } from '@/components/SiteRules';
import { notesFromPage } from '@/utils/notes/messages';
import { downloadFile, exportFileName } from '@/utils/download';
import { buildExport } from '@/utils/export';
import { sendMessage } from '@/utils/messaging';
import { useOverlayPreferences } from '../popup/overlay-settings';

/** Notes list, export, import and site rules. */
export function NotesOptions() {
  const [version, setVersion] = useState(0);
  const [prefs, savePrefs] = useOverlayPreferences();
  return (
    <>
      <NotesList
        version={version}
        load={(search) => sendMessage(notesFromPage, 'notes-list', { search })}
        onDelete={async (note) => {
          const answer = await sendMessage(notesFromPage, 'notes-delete', { key: note.pageKey, id: note.id });
          return answer.ok ? null : answer.error;
        }}
      />
      <ExportButtons
        scopes={['all']}
        onExport={async (format) => {
          const pages = await sendMessage(notesFromPage, 'notes-all-pages', {});
          if (pages.length === 0) return 'You have no notes to export yet.';
          const file = buildExport(format, pages);
          downloadFile(file, exportFileName('all-pages', file));
          return null;
        }}
      />
      <ImportNotes
        onImport={async (text) => {
          const answer = await sendMessage(notesFromPage, 'notes-import', { text });
          if (answer.ok) setVersion((n) => n + 1);
          return answer;
        }}
      />
      {prefs ? <SiteRules prefs={prefs} onChange={savePrefs} /> : null}
    </>
  );
}
