import { SupportChecklist } from './support-checklist.js';

SupportChecklist.define('support-checklist');

declare global {
  interface HTMLElementTagNameMap {
    'support-checklist': SupportChecklist;
  }
}
