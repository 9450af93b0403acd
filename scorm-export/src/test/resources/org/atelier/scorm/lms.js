/* The test LMS: reads what the test wants (version, launch URL, data to resume from, values the
 * LMS presets), creates scorm-again's run-time where the SCO looks for it, then frames the SCO.
 * The configuration is fetched synchronously so that the API exists before the frame loads. */
(function () {
  'use strict';
  var request = new XMLHttpRequest();
  request.open('GET', '/config.json', false);
  request.send();
  var config = JSON.parse(request.responseText);
  var v12 = config.version === '1.2';
  var settings = { lmsCommitUrl: '/commit', autocommit: false, logLevel: 5, dataCommitFormat: 'json' };
  var api = v12 ? new window.Scorm12API(settings) : new window.Scorm2004API(settings);
  if (config.resume) api.loadFromJSON(config.resume.cmi, '');
  if (config.preset) api.loadFromJSON(config.preset, '');
  window[v12 ? 'API' : 'API_1484_11'] = api;
  var frame = document.createElement('iframe');
  frame.id = 'sco';
  frame.name = 'sco';
  frame.title = 'Course';
  frame.style.width = '100%';
  frame.style.height = '900px';
  frame.src = '/pkg/' + config.launch;
  document.getElementById('lms').appendChild(frame);
})();
