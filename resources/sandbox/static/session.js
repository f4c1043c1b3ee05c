// Sandbox sign-in kept in localStorage (the "local-storage" sign-in switch). Three pages use it:
// - after a sign-in, .session-store carries the new token: keep it, go on to the page asked for;
// - .signed-out forgets the token;
// - .session-shell is what a connector URL serves without the token: with a stored token the
//   page is fetched again with it (X-Sandbox-Session) and replaces the shell; without one, or
//   when the server no longer knows it, the user goes to sign-in.
(function () {
  'use strict';

  var KEY = 'deepomatic-sandbox-session';

  var store = document.querySelector('.session-store');
  if (store) {
    localStorage.setItem(KEY, store.getAttribute('data-session'));
    location.replace(store.getAttribute('data-next'));
    return;
  }

  var signedOut = document.querySelector('.signed-out');
  if (signedOut) {
    if (signedOut.getAttribute('data-clear-session') === 'true') localStorage.removeItem(KEY);
    return;
  }

  var shell = document.querySelector('.session-shell');
  if (!shell) return;
  var signIn = shell.getAttribute('data-sign-in');
  var token = localStorage.getItem(KEY);
  if (!token) {
    location.replace(signIn);
    return;
  }
  fetch(location.href, {
    headers: { 'X-Sandbox-Session': token },
    credentials: 'omit',
    cache: 'no-store'
  }).then(function (response) {
    if (response.status === 401) {
      localStorage.removeItem(KEY);
      location.replace(signIn);
      return null;
    }
    return response.text();
  }).then(function (html) {
    if (html === null) return;
    document.open();
    document.write(html);
    document.close();
  }).catch(function (error) {
    shell.querySelector('.session-status').textContent =
      'The page could not be loaded: ' + error.message;
  });
})();
