import { startBackground } from '@/utils/background';
import { startNotes } from '@/utils/background/notes';
import { startWorkflow } from '@/utils/background/workflow';

export default defineBackground(() => {
  startBackground();
  startWorkflow();
  startNotes();
});
