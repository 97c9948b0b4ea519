import { onSettingsChanged, rememberVerdictsOfRulesInForce } from '../settings';

function judgeRulesInForce(): void {
  // Nothing to do but wait: the next start or change tries again.
  void rememberVerdictsOfRulesInForce().catch(() => undefined);
}

/**
 * For the background: keeps a verdict for every custom rule in force. Rules from the policy, or
 * from settings synced from another device, arrive without the options page. Cheap when nothing
 * is new (three reads, no write), so it runs at every start of the background and every change.
 */
export function keepRuleVerdicts(): () => void {
  judgeRulesInForce();
  return onSettingsChanged(judgeRulesInForce);
}
