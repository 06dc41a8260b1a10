import { mountPage } from '../../containers/mount';
import { OptionsContainer } from '../../containers/OptionsContainer';
import './options.css';

mountPage('optionsTitle', <OptionsContainer />);
