/* Follow an extraction job, then reload the page to show the extracted timeline. */
(function () {
  "use strict";
  var box = document.getElementById("job");
  if (!box) { return; }
  var state = box.getAttribute("data-state");
  if (state !== "queued" && state !== "extracting") { return; }
  var id = box.getAttribute("data-job");
  var bar = document.getElementById("job-progress");
  var msg = document.getElementById("job-message");
  function poll() {
    fetch("/api/jobs/" + encodeURIComponent(id), { headers: { "Accept": "application/json" } })
      .then(function (r) { return r.json(); })
      .then(function (job) {
        if (job.state === "done" || job.state === "failed") { window.location.reload(); return; }
        bar.value = job.state === "extracting" ? 2 : 1;
        msg.textContent = job.message + " (" + job.seconds + " s)";
        setTimeout(poll, 700);
      })
      .catch(function () { setTimeout(poll, 2000); });
  }
  setTimeout(poll, 400);
})();
