import { startBackground } from '@/utils/background';
import { startWorkflow } from '@/utils/background/workflow';

export default defineBackground(() => {
  startBackground();
  startWorkflow();
});
