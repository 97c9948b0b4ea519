import { startConfirmation } from '../../src/confirm/confirm-view';

void startConfirmation(document, new URLSearchParams(location.search).get('id') ?? '');
