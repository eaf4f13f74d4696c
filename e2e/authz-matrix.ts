// Who may reach what: every page (app/**/page.tsx), route handler (app/**/route.ts) and Server
// Action of the build, with the access each role has to the data of one party ("A": teacher A's
// class and assignment, student A in that class with a submission and a practice question).
// e2e/authz-matrix.spec.ts finds the pages, routes and actions on disk and in the build manifest
// and fails for any that is missing here: a new one needs a row before it ships.
//
// Roles, as seen from party A:
//   anonymous     not signed in
//   student       student A: a member of class A, owner of the practice question
//   otherStudent  student B: a member of teacher B's class only
//   teacher       teacher A: owns class A and assignment A
//   otherTeacher  teacher B: owns class B only
//
// Access:
//   allow   200, and it may show A's data
//   own     200, but none of A's data (the viewer sees only their own, or nothing private)
//   signin  a page redirects to /signin?next=…; a route handler or action answers 401 / refuses
//   deny    403 or 404 (a refused action: ok false, not a validation error), none of A's data
//           (pages that can refuse have no loading.tsx above them: a streamed page has committed to
//           200 before notFound() runs)

export const ROLES = ["anonymous", "student", "otherStudent", "teacher", "otherTeacher"] as const;
export type Role = (typeof ROLES)[number];
export type Access = "allow" | "own" | "signin" | "deny";
export type AccessByRole = Record<Role, Access>;

/** The identifying strings of party A that no one else may see. */
/** prompt: of student A's practice question; mistake: of one A answered wrong (on A's progress page). */
/** questionTitle: of teacher A's own authored question (lib/authoring). */
export type Secret = "className" | "assignmentTitle" | "studentName" | "prompt" | "mistake" | "questionTitle";

/** The ids of party A that fill a pattern's dynamic segments and an action's arguments. */
export interface Ids {
  classId: string;
  assignmentId: string;
  studentId: string;
  code: string;
  questionId: string;
  /** Teacher A's authored question (the question bank). */
  authoredQuestionId: string;
}

export interface PageEntry {
  /** The page's route as its folders spell it, e.g. /teach/classes/[classId]. */
  pattern: string;
  /** Open to visitors: marked public. */
  public?: boolean;
  /** The URL to visit, ids filled in (default: the pattern with [x] replaced from Ids). */
  url?: (ids: Ids) => string;
  access: AccessByRole;
  /** A's strings this page may show even to a role marked "own" (e.g. a join link names its class). */
  reveals?: Secret[];
}

export interface RouteEntry {
  pattern: string;
  public?: boolean;
  /** One request per exported method checked. */
  requests: { method: "GET" | "POST"; url: (ids: Ids) => string; json?: (ids: Ids) => unknown; access: AccessByRole }[];
}

export interface ActionEntry {
  /** file#exportedName, as in the build's server-reference manifest. */
  key: string;
  public?: boolean;
  /** The arguments that aim the action at A's data (valid input: a refusal must not be a validation error). */
  args?: (ids: Ids) => unknown[];
  /**
   * Checked by calling the action where the cell is "signin" or "deny". "allow"/"own" cells are
   * not called (they would change data): "own" records that the action only ever touches the
   * caller's own rows (or none).
   */
  access: AccessByRole;
}

const all = (access: Access): AccessByRole => ({ anonymous: access, student: access, otherStudent: access, teacher: access, otherTeacher: access });
/** A public page: everyone gets it, no one sees A's data but A. */
const PUBLIC: AccessByRole = { anonymous: "own", student: "allow", otherStudent: "own", teacher: "allow", otherTeacher: "own" };
/** Signed-in users see their own; A's parties may see A's. */
const SIGNED_IN: AccessByRole = { anonymous: "signin", student: "allow", otherStudent: "own", teacher: "allow", otherTeacher: "own" };
/** A's teacher only. */
const TEACHER_A: AccessByRole = { anonymous: "signin", student: "deny", otherStudent: "deny", teacher: "allow", otherTeacher: "deny" };
/** Student A only (teacher A reviews the work through the teacher pages instead). */
const STUDENT_A: AccessByRole = { anonymous: "signin", student: "allow", otherStudent: "deny", teacher: "deny", otherTeacher: "deny" };
/** An action that acts on the caller's own rows only; visitors are refused. */
const SELF: AccessByRole = { ...all("own"), anonymous: "signin" };

const PRACTICE_SETTINGS = "mode=concepts&c=handshake-numbers&d=1";

export const PAGES: PageEntry[] = [
  { pattern: "/", public: true, access: PUBLIC },
  { pattern: "/signin", public: true, access: PUBLIC },
  { pattern: "/signup", public: true, access: PUBLIC },
  { pattern: "/simulator", public: true, access: PUBLIC },
  { pattern: "/captures", public: true, access: PUBLIC },
  { pattern: "/flashcards", public: true, access: PUBLIC },
  { pattern: "/flashcards/review", public: true, access: PUBLIC },
  // The card browser: the viewer's own cards and states only.
  { pattern: "/flashcards/browse", access: SIGNED_IN },
  // As a guest the q= of someone else's question is ignored (a fresh guest question instead);
  // signed in, a question that is not the viewer's is a 404.
  {
    pattern: "/practice",
    public: true,
    url: (ids) => `/practice?${PRACTICE_SETTINGS}&q=${ids.questionId}`,
    access: { anonymous: "own", student: "allow", otherStudent: "deny", teacher: "deny", otherTeacher: "deny" },
  },
  { pattern: "/privacy", public: true, access: PUBLIC },
  // The lessons: the same text for everyone, no one's data.
  { pattern: "/learn", public: true, access: PUBLIC },
  { pattern: "/learn/[concept]", public: true, url: () => "/learn/time-wait", access: PUBLIC },
  // Forgot password: the request form, and the emailed link's page (no token here: the "expired or
  // used" answer); neither shows anything of an account to anyone but the link's holder.
  { pattern: "/forgot-password", public: true, access: PUBLIC },
  { pattern: "/reset-password", public: true, url: () => "/reset-password?token=not-a-real-token", access: PUBLIC },
  // The account page shows the viewer's own settings only.
  { pattern: "/account", access: SIGNED_IN },
  { pattern: "/progress", access: SIGNED_IN },
  { pattern: "/classes", access: SIGNED_IN },
  // The join code is the invitation: whoever holds it sees which class it joins, and nothing else,
  // signed in or not (a visitor is then invited to sign in; issue 17, bug 12).
  { pattern: "/classes/join/[code]", public: true, access: { ...SIGNED_IN, anonymous: "own", otherTeacher: "own" }, reveals: ["className"] },
  { pattern: "/assignments", access: SIGNED_IN },
  { pattern: "/assignments/[assignmentId]", access: STUDENT_A },
  { pattern: "/teach", access: { ...TEACHER_A, otherTeacher: "own" } },
  { pattern: "/teach/classes/[classId]", access: TEACHER_A },
  { pattern: "/teach/classes/[classId]/assignments/new", access: TEACHER_A },
  { pattern: "/teach/classes/[classId]/mastery", access: TEACHER_A },
  { pattern: "/teach/assignments/[assignmentId]", access: TEACHER_A },
  { pattern: "/teach/assignments/[assignmentId]/preview", access: TEACHER_A },
  { pattern: "/teach/assignments/[assignmentId]/students/[studentId]", access: TEACHER_A },
  // The capture student A handed in for assignment A: its teacher only (lib/server/captures/capture-submissions.ts).
  { pattern: "/teach/assignments/[assignmentId]/captures/[studentId]", access: TEACHER_A },
  // The question bank: private to each teacher (the list and the new-question page show only the viewer's own).
  { pattern: "/teach/questions", access: { ...TEACHER_A, otherTeacher: "own" } },
  { pattern: "/teach/questions/new", url: () => "/teach/questions/new?preset=handshake", access: { ...TEACHER_A, teacher: "own", otherTeacher: "own" } },
  { pattern: "/teach/questions/[questionId]", url: (ids) => `/teach/questions/${ids.authoredQuestionId}`, access: TEACHER_A },
  // Managing what a teacher made (issue 17): the class's gradebook and an assignment's edit form.
  { pattern: "/teach/classes/[classId]/gradebook", access: TEACHER_A },
  { pattern: "/teach/assignments/[assignmentId]/edit", access: TEACHER_A },
];

export const ROUTES: RouteEntry[] = [
  // Auth.js: the session endpoint tells each caller about themselves only.
  { pattern: "/api/auth/[...nextauth]", public: true, requests: [{ method: "GET", url: () => "/api/auth/session", access: PUBLIC }] },
  // The load balancer's health check: no user data, the same answer for everyone.
  { pattern: "/api/health", public: true, requests: [{ method: "GET", url: () => "/api/health", access: PUBLIC }] },
  {
    pattern: "/api/practice/answer",
    requests: [
      {
        method: "POST",
        url: () => "/api/practice/answer",
        json: (ids) => ({ questionId: ids.questionId, response: { kind: "number", value: 1 } }),
        access: { anonymous: "signin", student: "allow", otherStudent: "deny", teacher: "deny", otherTeacher: "deny" },
      },
    ],
  },
  // The caller's own data only; 401 signed out.
  { pattern: "/account/export", requests: [{ method: "GET", url: () => "/account/export", access: SIGNED_IN }] },
  {
    pattern: "/api/teach/assignments/[assignmentId]/results",
    requests: [{ method: "GET", url: (ids) => `/api/teach/assignments/${ids.assignmentId}/results`, access: TEACHER_A }],
  },
  {
    pattern: "/api/teach/assignments/[assignmentId]/export",
    requests: [
      { method: "GET", url: (ids) => `/api/teach/assignments/${ids.assignmentId}/export?format=moodle`, access: TEACHER_A },
      { method: "GET", url: (ids) => `/api/teach/assignments/${ids.assignmentId}/export?format=qti&count=2`, access: TEACHER_A },
    ],
  },
  {
    pattern: "/api/teach/questions/[questionId]/export",
    requests: [
      { method: "GET", url: (ids) => `/api/teach/questions/${ids.authoredQuestionId}/export?format=moodle`, access: TEACHER_A },
      { method: "GET", url: (ids) => `/api/teach/questions/${ids.authoredQuestionId}/export?format=qti`, access: TEACHER_A },
    ],
  },
  {
    pattern: "/api/teach/classes/[classId]/gradebook",
    requests: [{ method: "GET", url: (ids) => `/api/teach/classes/${ids.classId}/gradebook`, access: TEACHER_A }],
  },
  // The caller's own bank only.
  {
    pattern: "/api/teach/questions/export",
    requests: [{ method: "GET", url: () => "/api/teach/questions/export", access: { ...TEACHER_A, otherTeacher: "own" } }],
  },
];

/** A valid question spec (lib/authoring), so that a refusal of the save action is never a validation error. */
export const AUTHORED_SPEC = {
  title: { en: "Authz matrix question", zh: "权限矩阵题目" },
  concept: "handshake-numbers",
  difficulty: 1,
  scenario: { isn: { A: 1000, B: 5000 }, steps: [{ call: "listen", on: "B" }, { call: "connect", on: "A" }, { deliver: 1 }, { deliver: 2 }, { deliver: 3 }] },
  ask: { kind: "segment", segment: 2, field: "ack" },
  vary: { isns: true, swapSides: false, msl: [], rto: [], dropStep: null },
  prompt: { en: "", zh: "" },
};

const soon = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 16);

export const ACTIONS: ActionEntry[] = [
  // Anyone: signing in, up and out, the language switch, a fresh practice question (stored for the caller).
  { key: "lib/server/preferences/actions.ts#setLocaleAction", public: true, access: all("own") },
  { key: "lib/server/authentication/actions.ts#signInAction", public: true, access: all("own") },
  { key: "lib/server/authentication/actions.ts#signOutAction", public: true, access: all("own") },
  { key: "lib/server/authentication/actions.ts#signUpAction", public: true, access: all("own") },
  { key: "lib/server/practice/actions.ts#requestPracticeQuestion", public: true, access: all("own") },
  // Forgot password: no session involved; the throttle guards the request, the emailed single-use
  // token the reset (e2e/password-reset.spec.ts).
  { key: "lib/server/password-reset/actions.ts#requestPasswordResetAction", public: true, access: all("own") },
  { key: "lib/server/password-reset/actions.ts#resetPasswordAction", public: true, access: all("own") },
  // A hint before answering: of the caller's own stored question only (a guest's sealed token works for anyone holding it).
  {
    key: "lib/server/practice/actions.ts#requestPracticeHintAction",
    public: true,
    args: (ids) => [{ questionId: ids.questionId }],
    access: { anonymous: "signin", student: "allow", otherStudent: "deny", teacher: "deny", otherTeacher: "deny" },
  },
  // The account: the caller's own devices only (the user comes from the session). The account
  // page adds listDevicesAction, revokeDeviceAction and changePasswordAction to the build (all SELF).
  { key: "lib/server/account/actions.ts#signOutEverywhereAction", args: () => [{}], access: SELF },
  // Flashcards: the caller's own deck and settings; no id of anyone else's is accepted.
  // Saved captures: every query filters on the caller's id (lib/server/captures/saved-captures.ts).
  { key: "lib/server/captures/actions.ts#saveCaptureAction", args: () => [{ name: "authz.pcap", data: "" }], access: SELF },
  { key: "lib/server/captures/actions.ts#deleteCaptureAction", args: () => [{ id: "authz-matrix" }], access: SELF },
  { key: "lib/server/captures/actions.ts#openCaptureAction", args: () => [{ id: "authz-matrix" }], access: SELF },
  { key: "lib/server/captures/actions.ts#captureQuestionAction", args: () => [{ id: "authz-matrix", connection: 0, seed: 1 }], access: SELF },
  {
    key: "lib/server/captures/actions.ts#answerCaptureQuestionAction",
    args: () => [{ id: "authz-matrix", connection: 0, seed: 1, answer: "CLOSED" }],
    access: SELF,
  },
  // Capture hand-ins: the task is set by the assignment's teacher; a hand-in by a student of its class (of their own saved capture).
  {
    key: "lib/server/captures/actions.ts#setCaptureTaskAction",
    args: (ids) => [{ assignmentId: ids.assignmentId, task: "Authz matrix task" }],
    access: TEACHER_A,
  },
  {
    key: "lib/server/captures/actions.ts#handInCaptureAction",
    args: (ids) => [{ assignmentId: ids.assignmentId, captureId: "authz-matrix" }],
    access: STUDENT_A,
  },
  {
    key: "lib/server/flashcards/actions.ts#rateFlashcardAction",
    args: () => [{ deck: null, cardId: "handshake-basics-1", rating: "good", version: 0 }],
    access: SELF,
  },
  { key: "lib/server/flashcards/actions.ts#undoFlashcardAction", args: () => [{ deck: null }], access: SELF },
  { key: "lib/server/flashcards/actions.ts#loadReviewSessionAction", args: () => [{ deck: null }], access: SELF },
  { key: "lib/server/flashcards/actions.ts#setShortcutsAction", args: () => [{ enabled: false }], access: SELF },
  { key: "lib/server/flashcards/actions.ts#saveFlashcardSettingsAction", args: () => [{ newCardsPerDay: 5 }], access: SELF },
  { key: "lib/server/flashcards/actions.ts#holdCardAction", args: () => [{ cardId: "concept:why-2msl", action: "suspend" }], access: SELF },
  // Classes (student side): the join code is the invitation; the rest needs membership of A's class.
  // The account page: each acts on the caller's own account only (the user comes from the session).
  { key: "lib/server/account/actions.ts#updateProfileAction", args: () => [{ name: "Matrix", locale: "en" }], access: SELF },
  { key: "lib/server/account/actions.ts#changeEmailAction", args: () => [{ email: "matrix@example.com", currentPassword: "not-the-password" }], access: SELF },
  {
    key: "lib/server/account/actions.ts#changePasswordAction",
    args: () => [{ currentPassword: "not-the-password", newPassword: "a long new passphrase 42" }],
    access: SELF,
  },
  { key: "lib/server/account/actions.ts#deleteAccountAction", args: () => [{ currentPassword: "not-the-password" }], access: SELF },
  { key: "lib/server/account/actions.ts#revokeDeviceAction", args: () => [{ deviceId: "no-such-device" }], access: SELF },
  { key: "lib/server/account/actions.ts#signOutEverywhereAction", args: () => [{}], access: SELF },
  { key: "lib/server/classes/actions.ts#joinClassAction", args: (ids) => [{ code: ids.code }], access: SELF },
  // Leaving takes the caller's own membership only (another's class: not found).
  { key: "lib/server/classes/actions.ts#leaveClassAction", args: (ids) => [{ classId: ids.classId }], access: SELF },
  { key: "lib/server/classes/actions.ts#startAttemptAction", args: (ids) => [{ assignmentId: ids.assignmentId }], access: STUDENT_A },
  {
    key: "lib/server/classes/actions.ts#answerItemAction",
    args: (ids) => [{ assignmentId: ids.assignmentId, itemIndex: 0, response: { kind: "number", value: 1 } }],
    access: STUDENT_A,
  },
  { key: "lib/server/classes/actions.ts#submitAttemptAction", args: (ids) => [{ assignmentId: ids.assignmentId }], access: STUDENT_A },
  // A hint for an item of the caller's own attempt under way (recorded for the teacher).
  { key: "lib/server/classes/actions.ts#itemHintAction", args: (ids) => [{ assignmentId: ids.assignmentId, itemIndex: 0 }], access: STUDENT_A },
  // The run of an answered item of the caller's own submitted attempt, for its review.
  {
    key: "lib/server/classes/actions.ts#reviewDiagramAction",
    args: (ids) => [{ assignmentId: ids.assignmentId, attempt: 1, itemIndex: 0 }],
    access: STUDENT_A,
  },
  // Teaching: teachers only, and only on their own classes.
  {
    key: "lib/server/teach/actions.ts#createClassAction",
    args: () => [{ name: "Authz matrix class" }],
    access: { ...TEACHER_A, otherTeacher: "own", teacher: "own" },
  },
  { key: "lib/server/teach/actions.ts#regenerateJoinCodeAction", args: (ids) => [{ classId: ids.classId }], access: TEACHER_A },
  { key: "lib/server/teach/actions.ts#removeStudentAction", args: (ids) => [{ classId: ids.classId, studentId: ids.studentId }], access: TEACHER_A },
  { key: "lib/server/teach/actions.ts#readmitStudentAction", args: (ids) => [{ classId: ids.classId, studentId: ids.studentId }], access: TEACHER_A },
  {
    key: "lib/server/teach/actions.ts#createAssignmentAction",
    args: (ids) => [
      {
        classId: ids.classId,
        title: "Authz matrix assignment",
        selection: "templates",
        concepts: [],
        templates: ["handshake-synack-ack"],
        questionCount: 1,
        difficulty: 1,
        attemptsAllowed: 1,
        showAnswers: "IMMEDIATELY",
        opensAt: soon(0),
        dueAt: soon(2),
        tzOffset: 0,
      },
    ],
    access: TEACHER_A,
  },
  {
    key: "lib/server/teach/actions.ts#setExtensionAction",
    args: (ids) => [{ assignmentId: ids.assignmentId, studentId: ids.studentId, dueAt: soon(5), tzOffset: 0 }],
    access: TEACHER_A,
  },
  { key: "lib/server/teach/actions.ts#clearExtensionAction", args: (ids) => [{ assignmentId: ids.assignmentId, studentId: ids.studentId }], access: TEACHER_A },
  // The question bank: teachers only, each on their own questions; an import adds to the caller's own bank.
  {
    key: "lib/server/authoring/actions.ts#saveQuestionAction",
    args: (ids) => [{ questionId: ids.authoredQuestionId, spec: AUTHORED_SPEC }],
    access: TEACHER_A,
  },
  { key: "lib/server/authoring/actions.ts#duplicateQuestionAction", args: (ids) => [{ questionId: ids.authoredQuestionId }], access: TEACHER_A },
  { key: "lib/server/authoring/actions.ts#deleteQuestionAction", args: (ids) => [{ questionId: ids.authoredQuestionId }], access: TEACHER_A },
  { key: "lib/server/authoring/actions.ts#importBankAction", args: () => [{ text: "{}" }], access: { ...TEACHER_A, teacher: "own", otherTeacher: "own" } },
  // Managing classes and assignments (issue 17): teachers only, each on their own classes.
  {
    key: "lib/server/teach/actions.ts#editAssignmentAction",
    args: (ids) => [{ assignmentId: ids.assignmentId, title: "Authz matrix edit", attemptsAllowed: 3, showAnswers: "NEVER", dueAt: soon(3), tzOffset: 0 }],
    access: TEACHER_A,
  },
  { key: "lib/server/teach/actions.ts#openAssignmentNowAction", args: (ids) => [{ assignmentId: ids.assignmentId }], access: TEACHER_A },
  { key: "lib/server/teach/actions.ts#closeAssignmentNowAction", args: (ids) => [{ assignmentId: ids.assignmentId }], access: TEACHER_A },
  { key: "lib/server/teach/actions.ts#deleteAssignmentAction", args: (ids) => [{ assignmentId: ids.assignmentId }], access: TEACHER_A },
  { key: "lib/server/teach/actions.ts#renameClassAction", args: (ids) => [{ classId: ids.classId, name: "Authz matrix rename" }], access: TEACHER_A },
  { key: "lib/server/teach/actions.ts#archiveClassAction", args: (ids) => [{ classId: ids.classId }], access: TEACHER_A },
  { key: "lib/server/teach/actions.ts#unarchiveClassAction", args: (ids) => [{ classId: ids.classId }], access: TEACHER_A },
  { key: "lib/server/teach/actions.ts#deleteClassAction", args: (ids) => [{ classId: ids.classId }], access: TEACHER_A },
  { key: "lib/server/teach/actions.ts#inviteRosterAction", args: (ids) => [{ classId: ids.classId, text: "matrix@example.com" }], access: TEACHER_A },
  // Emails the roster (where SMTP is set): the class's teacher only; others are refused before any mail or quota.
  { key: "lib/server/teach/actions.ts#sendRosterInvitationsAction", args: (ids) => [{ classId: ids.classId, text: "matrix@example.com" }], access: TEACHER_A },
];
