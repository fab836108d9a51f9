// Sign in: a user name and password sent once to the server, which answers with a session cookie (HttpOnly: the
// scripts never see it). Nothing is stored in the browser's storage.
import { h, show, error, announce } from '../dom.js';
import { signIn, roleName } from '../session.js';

export async function signin(main, params) {
	const message = h('div', { 'aria-live': 'polite' });
	const username = h('input', { id: 'signin-username', name: 'username', type: 'text', autocomplete: 'username', required: true });
	const password = h('input', { id: 'signin-password', name: 'password', type: 'password', autocomplete: 'current-password', required: true });
	const submit = h('button', { type: 'submit' }, 'Sign in');
	show(main,
		h('h1', {}, 'Sign in'),
		h('p', { class: 'lead' }, 'Signed in, your profile is kept on the server with your person, and you see the people and teams your role allows.'),
		h('form', {
			class: 'signin', onsubmit: async event => {
				event.preventDefault();
				submit.disabled = true;
				show(message);
				try {
					const me = await signIn(username.value, password.value);
					password.value = '';
					announce('Signed in as ' + me.username + ' (' + roleName(me) + ').');
					document.dispatchEvent(new CustomEvent('viewer-changed'));
					window.location.hash = params.get('next') || '#/profile';
				}
				catch (failure) {
					password.value = '';
					show(message, error(failure.message));
					password.focus();
				}
				finally {
					submit.disabled = false;
				}
			}
		},
		h('div', { class: 'field' }, h('label', { for: username.id }, 'User name'), username),
		h('div', { class: 'field' }, h('label', { for: password.id }, 'Password'), password),
		submit),
		message);
}
