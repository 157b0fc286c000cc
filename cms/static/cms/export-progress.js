// Follows the CSV exports still being written (cms/csv_exports.py ExportStatusView: signatures,
// registrations)
// and turns each into a download link when it is ready.
(function () {
  function follow(item) {
    const progress = item.querySelector('progress');
    const label = item.querySelector('[data-export-label]');
    const link = item.querySelector('[data-export-link]');
    function poll() {
      fetch(item.dataset.exportStatus, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
        .then((response) => (response.ok ? response.json() : Promise.reject(response.status)))
        .then((data) => {
          progress.value = data.percent;
          label.textContent = data.status_label + ' — ' + data.rows_done + '/' + data.rows_total;
          if (data.download_url) {
            link.href = data.download_url;
            link.hidden = false;
          } else if (data.status !== 'failed') {
            window.setTimeout(poll, 1000);
          }
        })
        .catch(() => window.setTimeout(poll, 5000));
    }
    poll();
  }
  document.querySelectorAll('[data-export-status]').forEach((item) => {
    if (item.dataset.status === 'queued' || item.dataset.status === 'running') follow(item);
  });
})();
