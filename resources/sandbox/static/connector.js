// Deepomatic sandbox connector page. "Take photo" marks a task group as photographed on the
// server and updates the page in place; "Finish" either submits the form (the server answers
// with a 302 to the callback) or, in script mode, navigates with window.location.assign().
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
    card.setAttribute('data-taken', group.taken ? 'true' : 'false');
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
  }

  function takePhoto(button) {
    var card = button.closest('.task-group');
    button.disabled = true;
    showMessage('');
    fetch(button.getAttribute('data-photo-url'), {
      method: 'POST',
      headers: { 'Accept': 'application/json' },
      credentials: 'same-origin'
    }).then(function (response) {
      return response.json().then(function (body) {
        if (!response.ok) throw new Error(body.detail || ('HTTP ' + response.status));
        return body;
      });
    }).then(function (body) {
      setProgress(body.progress_score);
      if (card && body.task_group) applyGroup(card, body.task_group);
      var finish = document.getElementById('finish');
      if (finish && body.finish_url && finish.hasAttribute('data-finish-url'))
        finish.setAttribute('data-finish-url', body.finish_url);
    }).catch(function (error) {
      showMessage('The photo could not be sent: ' + error.message);
    }).then(function () {
      button.disabled = false;
    });
  }

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
