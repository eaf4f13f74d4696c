// Teachers manage what they made (edit, close, reopen and delete assignments; rename, archive and
// delete classes), run a quiz in class (time limit, open now, close now), invite a roster, and
// read the class gradebook. Students see the countdown and the closed-early notice from here too.
export const manage = {
  // Errors (references from lib/schemas/teach-manage.ts and lib/server/teach)
  timeLimitRange: "Enter a time limit from 1 to 480 minutes, or leave it empty for none.",
  lockedAfterStart: "Students have started this assignment, so its opening time, difficulty and time limit can no longer change.",
  lockedField: "Locked: students have started.",
  attemptsBelowUsed: "A student has already used more attempts than that.",
  openPastDue: "The due time has passed. Move the due time later (Edit) to reopen it.",
  alreadyOpen: "This assignment is already open.",
  alreadyClosed: "This assignment is already closed.",
  classArchivedReadOnly: "This class is archived, so it is read-only. Unarchive it to change it.",
  joinArchived: "This class is archived and takes no new students. Ask your teacher.",
  timeUp: "Time is up for this attempt: answers after the time limit are not accepted.",
  closedEarly: "Your teacher has closed this assignment. Answers are no longer accepted.",
  inviteEmpty: "Paste or upload at least one email address.",
  inviteTooLong: "That list is too long. Invite at most 500 students at a time.",
  inviteTooMany: "Invite at most 500 students at a time.",

  // Assignment form: the time limit
  timeLimit: "Time limit per attempt (minutes)",
  timeLimitHint: "Optional, for a quiz in class. Each attempt ends this many minutes after the student starts it; the server refuses later answers.",
  settingsTimeLimit: "{n, plural, one {# minute per attempt} other {# minutes per attempt}}",

  // Assignment page: the teacher's controls
  manageHeading: "Manage",
  edit: "Edit",
  openNow: "Open now",
  reopen: "Reopen",
  closeNow: "Close now",
  deleteAssignment: "Delete assignment",
  opening: "Opening…",
  closing: "Closing…",
  deleting: "Deleting…",
  openedNow: "Open: students can start now.",
  closedNow:
    "{n, plural, =0 {Closed. Nobody was working on it.} one {Closed. # attempt under way was submitted with the answers given so far.} other {Closed. # attempts under way were submitted with the answers given so far.}}",
  closeConfirm:
    'Close "{title}" now? No more answers are accepted, extensions included. Students still working have their attempt submitted with the answers given so far. You can reopen it before the due time.',
  deleteAssignmentConfirm:
    'Delete "{title}" for good? {attempts, plural, =0 {No student has started it.} one {# attempt by students is deleted with it: their answers and scores here are gone.} other {# attempts by students are deleted with it: their answers and scores here are gone.}} Their practice, flashcards and mastery stay. This cannot be undone.',
  stateClosedEarly: "Closed early {date}.",
  stateNotOpen: "Opens {date}.",
  stateOpen: "Open until {date}.",
  stateDuePassed: "The due time has passed.",
  savedChanges: "Changes saved.",
  archivedNotice: "This class is archived: read-only.",

  // Edit page
  editTitle: "Edit {title}",
  editIntro: "What may change depends on whether students have started.",
  editNobodyStarted:
    "Nobody has started yet, so everything below can change. The questions themselves stay as they were drawn; to choose other questions, delete this assignment and make a new one.",
  editStarted:
    "{n, plural, one {# student has started.} other {# students have started.}} The title, the due time, the number of attempts and when answers are shown can still change. The opening time, the difficulty and the time limit are locked, because changing them would change work students have already done.",
  editDueNote: "Moving the due time earlier can close the assignment for students still working.",
  lockedValue: "{label}: {value} (locked)",
  lockedDate: "{label}: {date} (locked)",
  noTimeLimit: "No time limit",
  saveChanges: "Save changes",
  saving: "Saving…",
  cancel: "Cancel",

  // Class: settings
  classSettingsHeading: "Class settings",
  renameLabel: "Class name",
  rename: "Rename",
  renamed: "Renamed to {name}.",
  archive: "Archive class",
  unarchive: "Unarchive class",
  archiveHelp:
    "Archiving hides the class and its assignments from students' lists, stops joining and stops all work; attempts under way are submitted as they stand. Nothing is deleted, and you can unarchive it.",
  archiveConfirm:
    "Archive {name}? Students no longer see it in their lists, nobody can join, and attempts under way are submitted as they stand. You can unarchive it later.",
  archived: "{name} is archived.",
  unarchived: "{name} is active again.",
  deleteClass: "Delete class",
  deleteClassHelp:
    "Deleting removes the class, its roster, its assignments and all students' work in them, for good. Students keep their accounts, practice, flashcards and mastery.",
  deleteClassConfirm:
    "Delete {name} for good? {students, plural, =0 {It has no students.} one {Its # student leaves it,} other {Its # students leave it,}} {assignments, plural, =0 {and it has no assignments.} one {and its # assignment is deleted with every answer and score in it.} other {and its # assignments are deleted with every answer and score in them.}} Students keep their accounts, practice, flashcards and mastery. This cannot be undone.",
  classDeleted: "The class was deleted.",
  assignmentDeleted: "The assignment was deleted.",
  archivedClassesHeading: "Archived classes",
  archivedBadge: "Archived",

  // Class: invite a roster
  inviteHeading: "Invite students by email",
  inviteIntro: "Paste one email address a line, or upload a .csv or .txt file (the address may be in any column).",
  inviteLabel: "Email addresses",
  inviteFile: "Upload a file",
  inviteSubmit: "Check the list",
  inviteChecking: "Checking…",
  inviteNoMailer:
    "Sending email is not configured on this server. Send the join link yourself: copy the list below, or open a draft in your email app with every address in Bcc.",
  inviteCanSend: "Check the list, then send each address an email with the class name, your name and the join link, or send the link yourself.",
  inviteSend: "Send invitations",
  inviteSendingNow: "Sending…",
  inviteSendingOff: "This server is not set up to send email. Copy the list or open an email draft instead.",
  inviteLimits: "You can send at most {perSending} invitations at a time and {perDay} in any 24 hours.",
  inviteSent: "{n, plural, =0 {No invitation was sent.} one {# invitation sent.} other {# invitations sent.}}",
  inviteLeftToday: "{n, plural, one {# invitation left for the next 24 hours.} other {# invitations left for the next 24 hours.}}",
  inviteRefusedHeading: "{n, plural, one {# address was not emailed (over your limit):} other {# addresses were not emailed (over your limit):}}",
  inviteFailedHeading: "{n, plural, one {The mail server did not accept # invitation:} other {The mail server did not accept # invitations:}}",
  inviteServerDown:
    "The mail server could not be reached: {n, plural, one {# invitation was} other {# invitations were}} not sent and not counted against your limit. Try again later, or check the list and send the link yourself.",
  inviteAlreadyInvited:
    "{n, plural, one {# address was invited to this class in the last 24 hours and was not emailed again.} other {# addresses were invited to this class in the last 24 hours and were not emailed again.}}",
  inviteMembersSkipped:
    "{n, plural, one {# address is already in the class and was not emailed.} other {# addresses are already in the class and were not emailed.}}",
  inviteEmailSubject: "{teacher} invites you to the class {name} on Handshake",
  inviteEmailBody:
    "{teacher} invites you to join the class {name} on Handshake, where you learn how TCP opens and closes connections.\n\nOpen this link, sign in or create a student account, and press Join:\n{link}\n\nIf you did not expect this email, ignore it: nothing happens unless you join.",
  inviteReady: "{n, plural, one {# address ready to invite.} other {# addresses ready to invite.}}",
  inviteAlreadyMember: "already in the class",
  inviteBadHeading: "{n, plural, one {# line was not used:} other {# lines were not used:}}",
  inviteBadLine: "Line {line}: {text} ({reason})",
  inviteReason_no_email: "no email address",
  inviteReason_invalid: "not a valid email address",
  inviteReason_several: "more than one address",
  inviteDuplicates: "{n, plural, one {# repeated address was listed once.} other {# repeated addresses were listed once.}}",
  inviteCopyList: "Copy addresses and link",
  inviteCopied: "Copied",
  inviteEmailDraft: "Open an email draft",
  inviteSubject: "Join {name} on Handshake",
  inviteBody: "You're invited to join the class {name} on Handshake. Open this link, sign in or create a student account, and press Join: {link}",
  inviteLinkLabel: "Join link:",
  inviteFileError: "That file could not be read as text.",

  // Gradebook
  gradebookLink: "Gradebook",
  gradebookTitle: "Gradebook: {name}",
  gradebookIntro: "Every student by every assignment: the score of the counted (best) attempt. Totals count an assignment with nothing submitted as 0.",
  gradebookCaption: "Scores of {name}",
  colStudent: "Student",
  colTotal: "Total",
  scoreCell: "{score}/{total}",
  outOf: "out of {n}",
  noScore: "—",
  percent: "{p}%",
  downloadGradebook: "Download gradebook (CSV)",
  noGradebookAssignments: "No assignments yet, so there is nothing to grade.",

  // Student: the countdown and closing
  timeLeft: "Time left: {time}",
  timeLeftLabel: "Time left for this attempt",
  timeAlmostUp: "{n, plural, one {# minute left.} other {# minutes left.}}",
  timeUpSubmitting: "Time is up. Submitting your answers…",
  timeLimitNote:
    "{n, plural, one {You have # minute once you start.} other {You have # minutes once you start.}} The timer keeps running if you leave the page.",
  closedEarlyTitle: "Closed by your teacher",
  closedEarlyBody: "Your teacher closed this assignment {date}. Answers are no longer accepted; anything you answered before was submitted.",
} as const;
