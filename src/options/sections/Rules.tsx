/** Categories and every rule, each with its description and an example, grouped by category. */
import { CATEGORIES } from '../../core/types';
import { t } from '../../shared/i18n';
import { allRules } from '../../shared/rule-info';
import type { Settings } from '../../shared/settings';
import type { SettingsChange } from '../../shared/settings-schema';
import { categoryName } from '../../shared/ui/labels';
import { Switch } from '../../shared/ui/Switch';

interface Props {
  settings: Settings;
  change: (change: SettingsChange) => unknown;
}

export function Rules({ settings, change }: Props) {
  const catalog = allRules();
  return (
    <section class="card" aria-labelledby="rules-heading">
      <h2 id="rules-heading">{t('options_rules')}</h2>
      <p class="hint">{t('options_rulesHint')}</p>
      {CATEGORIES.map(category => {
        const rules = catalog.filter(rule => rule.category === category);
        const categoryOn = !settings.disabledCategories.includes(category);
        return (
          <div key={category} class={`category cat-${category}`}>
            <h3>
              <span class="dot" aria-hidden="true" />
              <Switch checked={categoryOn} onChange={enabled => change({ kind: 'set-category', category, enabled })}>
                {categoryName(category)}
              </Switch>
            </h3>
            <p class="hint">{t(`options_categoryHint_${category}`)}</p>
            {rules.length > 0 && (
              <details>
                <summary>{t('options_showRules', String(rules.length))}</summary>
                <ul class="rule-list">
                  {rules.map(rule => (
                    <li key={rule.id}>
                      <Switch
                        checked={!settings.disabledRules.includes(rule.id)} disabled={!categoryOn}
                        describedBy={`rule-${rule.id}`}
                        onChange={enabled => change({ kind: 'set-rule', ruleId: rule.id, enabled })}
                      >
                        {rule.title}
                      </Switch>
                      <div id={`rule-${rule.id}`} class="rule-details">
                        <p>{rule.description}</p>
                        <p class="example"><span class="example-label">{t('options_example')}</span> “{rule.example}”</p>
                      </div>
                    </li>
                  ))}
                </ul>
              </details>
            )}
          </div>
        );
      })}
    </section>
  );
}
