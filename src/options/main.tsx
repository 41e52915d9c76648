import { render } from 'preact';
import '../shared/ui/theme.css';
import './options.css';
import { t, uiLanguage } from '../shared/i18n';
import { Options } from './Options';

document.documentElement.lang = uiLanguage();
document.title = t('options_title');
render(<Options />, document.getElementById('app')!);
