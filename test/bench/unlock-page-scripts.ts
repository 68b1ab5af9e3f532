/**
 * What the unlock bench runs inside the app's page, as source text (page.evaluate of a string:
 * tsx would wrap a named function in a helper the page lacks). The setup scripts call the app's
 * api (`window.qbr`, the same channels the screens use) to write the journal through the real
 * core; the timed script is the person on a second day, with no reaction time: it submits the
 * identity's passphrase, and as soon as each screen shows what it waits for, clicks on (解锁案卷,
 * 选择案卷包并开启…, 评语与评分), until the progress view shows every application in its state
 * from the journal, painted. Times are taken in the page.
 */

/** `(fingerprint, passphrase, officeFingerprint) => setup`: unlock, open (pins the office key), sign. */
export const OPEN_AND_SIGN_IN_PAGE = `async function (fingerprint, passphrase, officeFingerprint) {
  const answer = async function (what, promise) {
    const result = await promise;
    if (!result.ok) throw new Error(what + ' refused: ' + JSON.stringify(result.error));
    return result.value;
  };
  const qbr = window.qbr;
  await answer('identity:unlock', qbr.identity.unlock({ fingerprint: fingerprint, passphrase: passphrase }));
  await answer('desk:open', qbr.desk.open({ officeFingerprint: officeFingerprint }));
  const context = await answer('review:context', qbr.review.context({}));
  const view = await answer('desk:view', qbr.desk.view({}));
  await answer('review:signUndertaking', qbr.review.signUndertaking({ textSha256: context.undertaking.sha256 }));
  const status = await answer('journal:status', qbr.journal.status({}));
  if (!status.open) throw new Error('the journal did not open: ' + status.reason);
  return {
    rubric: context.rubric,
    roundId: context.round.id,
    target: { caseId: status.caseId, owner: status.owner },
    applications: view.applications.map(function (a) {
      return { id: a.id, applicationNo: a.applicationNo, materials: a.materials.map(function (m) { return { id: m.id, kind: m.kind }; }) };
    }),
  };
}`;

/** `(target, entries) => count`: each entry appended (and fsync'd by main) before the next. */
export const APPEND_IN_PAGE = `async function (target, entries) {
  for (let i = 0; i < entries.length; i += 1) {
    const result = await window.qbr.journal.append({ journal: target, entry: entries[i] });
    if (!result.ok) throw new Error('journal:append refused entry ' + i + ': ' + JSON.stringify(result.error));
  }
  const status = await window.qbr.journal.status({});
  return status.ok && status.value.open ? status.value.records.length : -1;
}`;

/**
 * `(expertName, applications, timeoutMs) => marks`: from the unlock form's submit (the passphrase
 * already typed) to the progress view with `applications` rows, every one 已完成 as the journal
 * says, painted (two animation frames after). Returns the milliseconds at each step, from submit.
 */
export const UNLOCK_TO_PROGRESS_IN_PAGE = `async function (expertName, applications, timeoutMs) {
  const text = function (el) { return (el.textContent || '').trim(); };
  const until = function (what, test) {
    return new Promise(function (resolve, reject) {
      let observer;
      const timer = setTimeout(function () { finish(); reject(new Error('nothing shown for ' + what + ' in ' + timeoutMs + ' ms; the screen: ' + text(document.querySelector('main') || document.body).slice(0, 300))); }, timeoutMs);
      const finish = function () { clearTimeout(timer); if (observer) observer.disconnect(); };
      const check = function () {
        const found = test();
        if (found) { finish(); resolve(found); return true; }
        return false;
      };
      if (check()) return;
      observer = new MutationObserver(check);
      observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
    });
  };
  const navButton = function (name) {
    return Array.from(document.querySelectorAll('nav button')).find(function (b) { return text(b) === name; }) || null;
  };
  const frame = function () { return new Promise(function (resolve) { requestAnimationFrame(resolve); }); };
  const marks = {};
  const submit = document.querySelector('section.id-unlock form button[type="submit"]');
  if (submit === null || submit.disabled) throw new Error('the unlock form is not ready');
  await frame();
  const started = performance.now();
  const mark = function (name) { marks[name] = performance.now() - started; };
  submit.click();
  await until('the unlocked identity', function () {
    const current = document.querySelector('[data-testid="current-name"]');
    return document.querySelector('section.id-unlock') === null && current !== null && text(current) === expertName;
  });
  mark('unlocked');
  (await until('解锁案卷 in the sidebar', function () { return navButton('解锁案卷'); })).click();
  const choose = await until('the package form', function () {
    const b = document.querySelector('form[aria-label="开启案卷包"] button[type="submit"]');
    return b !== null && !b.disabled ? b : null;
  });
  mark('deskShown');
  choose.click();
  await until('the opened package', function () {
    return Array.from(document.querySelectorAll('h2')).find(function (h) { return text(h) === '案卷包'; }) || null;
  });
  mark('packageOpened');
  (await until('评语与评分 in the sidebar', function () { return navButton('评语与评分'); })).click();
  await until('the review screen', function () {
    return Array.from(document.querySelectorAll('h2')).find(function (h) { return text(h) === '评语与评分'; }) || null;
  });
  mark('reviewMounted');
  await until('the progress of every application', function () {
    const progress = document.querySelector('[data-testid="review-progress"]');
    if (progress === null) return null;
    const rows = progress.querySelectorAll('tr[data-state]');
    if (rows.length !== applications) return null;
    return Array.from(rows).every(function (r) { return r.getAttribute('data-state') === 'complete'; }) ? progress : null;
  });
  mark('progressShown');
  await frame();
  await frame();
  mark('painted');
  return marks;
}`;
