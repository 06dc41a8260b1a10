import { render } from 'preact';
import { OptionsContainer } from '../../containers/OptionsContainer';
import './options.css';

render(<OptionsContainer />, document.getElementById('app')!);
