// Deepomatic sandbox connector page. "Take photo" opens the card's file input (the camera on a
// phone); the chosen image is read as a data URI and posted as JSON to the card's photo URL,
// where the sandbox analyses it for real. The card then shows each task's verdict and the
// conformity messages, and the progress updates. "Finish" either submits the form (the server
// answers with a 302 to the callback) or, in script mode, navigates with
// window.location.assign().
(function () {
  'use strict';

  var LABELS = { ok: 'OK', ko: 'Not OK', not_analysed: 'Not analysed' };

  function showMessage(text) {
    var box = document.getElementById('message');
    if (!box) return;
    box.textContent = text;
    box.hidden = !text;
  }

  function setProgress(value) {
    var progress = document.getElementById('progress');
    if (!progress) return;
    progress.setAttribute('data-value', String(value));
    progress.setAttribute('aria-valuenow', String(value));
    var bar = progress.querySelector('.progress-bar');
    if (bar) bar.value = value;
    var number = progress.querySelector('.progress-value');
    if (number) number.textContent = String(value);
  }

  function applyGroup(card, group) {
    (group.tasks || []).forEach(function (task) {
      var rows = card.querySelectorAll('.task');
      for (var i = 0; i < rows.length; ++i) {
        if (rows[i].getAttribute('data-task') !== task.name) continue;
        rows[i].setAttribute('data-state', task.status);
        var label = rows[i].querySelector('.state-label');
        if (label) label.textContent = LABELS[task.status] || task.status;
        var message = rows[i].querySelector('.task-message');
        if (message) message.textContent = task.message || '';
      }
    });
    var list = card.querySelector('.conformity-messages');
    if (list) {
      list.textContent = '';
      (group.conformity_messages || []).forEach(function (text) {
        var item = document.createElement('li');
        item.className = 'conformity-message';
        item.textContent = text;
        list.appendChild(item);
      });
    }
    var figure = card.querySelector('.last-photo');
    if (figure && group.image_url) {
      figure.querySelector('img').src = group.image_url;
      figure.hidden = false;
    }
    // Last, so that whoever waits for data-taken finds the rest of the card up to date.
    card.setAttribute('data-taken', group.taken ? 'true' : 'false');
  }

  // With the "local-storage" sign-in switch the session is a stored token, sent as a header;
  // otherwise it is the session cookie (credentials: 'same-origin').
  function headers() {
    var h = { 'Accept': 'application/json', 'Content-Type': 'application/json' };
    var token = window.localStorage && localStorage.getItem('deepomatic-sandbox-session');
    if (token) h['X-Sandbox-Session'] = token;
    return h;
  }

  function upload(card, button, file) {
    button.disabled = true;
    card.setAttribute('data-uploading', 'true');
    showMessage('');
    var reader = new FileReader();
    reader.onerror = function () {
      showMessage('The photo could not be read: ' + (reader.error && reader.error.message));
      button.disabled = false;
      card.removeAttribute('data-uploading');
    };
    reader.onload = function () {
      fetch(button.getAttribute('data-photo-url'), {
        method: 'POST',
        headers: headers(),
        credentials: 'same-origin',
        body: JSON.stringify({ image: { base64: reader.result } })
      }).then(function (response) {
        return response.json().then(function (body) {
          if (!response.ok) throw new Error(body.detail || ('HTTP ' + response.status));
          return body;
        });
      }).then(function (body) {
        setProgress(body.progress_score);
        if (body.task_group) applyGroup(card, body.task_group);
        var finish = document.getElementById('finish');
        if (finish && body.finish_url && finish.hasAttribute('data-finish-url'))
          finish.setAttribute('data-finish-url', body.finish_url);
      }).catch(function (error) {
        showMessage('The photo could not be sent: ' + error.message);
      }).then(function () {
        button.disabled = false;
        card.removeAttribute('data-uploading');
      });
    };
    reader.readAsDataURL(file);
  }

  function takePhoto(button) {
    var card = button.closest('.task-group');
    var input = card && card.querySelector('input.photo-input');
    if (!input) return;
    input.value = ''; // choosing the same file twice must upload twice
    input.click();
  }

  document.addEventListener('change', function (event) {
    var input = event.target;
    if (!input.classList || !input.classList.contains('photo-input')) return;
    var card = input.closest('.task-group');
    var button = card && card.querySelector('button.take-photo');
    if (button && input.files && input.files.length > 0)
      upload(card, button, input.files[0]);
  });

  document.addEventListener('click', function (event) {
    var button = event.target.closest('button');
    if (!button) return;
    if (button.classList.contains('take-photo')) {
      event.preventDefault();
      takePhoto(button);
    } else if (button.id === 'finish' && button.hasAttribute('data-finish-url')) {
      event.preventDefault();
      window.location.assign(button.getAttribute('data-finish-url'));
    }
  });
})();
