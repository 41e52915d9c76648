import { render } from 'preact';
import '../shared/ui/theme.css';
import './popup.css';
import { t, uiLanguage } from '../shared/i18n';
import { Popup } from './Popup';

document.documentElement.lang = uiLanguage();
document.title = t('extName');
render(<Popup />, document.getElementById('app')!);
