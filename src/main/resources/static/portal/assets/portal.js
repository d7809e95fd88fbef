// The pages work without this script; it adds what a person expects of a form on a phone.
(function () {
  // 本人述职: a live count of characters (code points, as the server counts) against the limit
  var statement = document.getElementById('statement');
  var count = document.getElementById('statement-count');
  if (statement && count) {
    var max = parseInt(statement.getAttribute('data-max'), 10);
    var update = function () {
      var n = Array.from(statement.value).length;
      count.textContent = n;
      count.parentNode.classList.toggle('refusal', n > max);
    };
    statement.addEventListener('input', update);
    update();
  }
  // a form is sent once: a second click while the first is on its way sends nothing (the server refuses a repeat too)
  document.querySelectorAll('form.once').forEach(function (form) {
    form.addEventListener('submit', function (e) {
      if (form.dataset.sent) { e.preventDefault(); return; }
      form.dataset.sent = '1';
    });
  });
  // rows of a repeated group (assessments, hours): add a copy of the last row, emptied; remove any but the last one
  document.querySelectorAll('button.add-row').forEach(function (button) {
    button.addEventListener('click', function () {
      var rows = document.getElementById(button.getAttribute('data-rows'));
      var last = rows.querySelector('.row:last-child');
      var copy = last.cloneNode(true);
      copy.querySelectorAll('input').forEach(function (i) { i.value = ''; });
      rows.appendChild(copy);
    });
  });
  document.addEventListener('click', function (e) {
    if (e.target.classList && e.target.classList.contains('remove-row')) {
      var row = e.target.closest('.row');
      if (row.parentNode.querySelectorAll('.row').length > 1) { row.remove(); }
      else { row.querySelectorAll('input').forEach(function (i) { i.value = ''; }); }
    }
  });
  // uploads: the progress of a large file
  document.querySelectorAll('form.upload').forEach(function (form) {
    form.addEventListener('submit', function (e) {
      var input = form.querySelector('input[type=file]');
      var bar = form.querySelector('progress');
      // over the stated limit: said beside the field at once, nothing sent (the server answers the same way)
      var max = input ? parseInt(input.getAttribute('data-max-bytes'), 10) : 0;
      if (max && input.files.length && input.files[0].size > max) {
        e.preventDefault();
        var error = form.querySelector('.field-error') || document.createElement('div');
        error.className = 'field-error';
        error.id = 'error-' + input.id.replace(/^file-/, '');
        error.textContent = input.getAttribute('data-label') + '“' + input.files[0].name + '”超过'
            + input.getAttribute('data-max-mb') + 'MB，请压缩或分拆后上传';
        input.insertAdjacentElement('afterend', error);
        return;
      }
      // small files go as a plain form post; only a large one shows its progress
      if (!input || !input.files.length || input.files[0].size < 2 * 1024 * 1024 || !bar) { return; }
      e.preventDefault();
      var xhr = new XMLHttpRequest();
      xhr.open('POST', form.action);
      bar.hidden = false;
      xhr.upload.onprogress = function (p) { if (p.lengthComputable) { bar.value = p.loaded * 100 / p.total; } };
      // the answer is the page the plain post would have shown (with its message): show it as it is
      xhr.onload = function () {
        document.open(); document.write(xhr.responseText); document.close();
        if (xhr.responseURL) { history.replaceState(null, '', xhr.responseURL); }
      };
      xhr.onerror = function () { form.submit(); };
      xhr.send(new FormData(form));
    });
  });
})();
