export const nav = {
  mainNav: "Main",
  home: "Home",
  practice: "Practice",
  flashcards: "Flashcards",
  simulator: "Simulator",
  progress: "Progress",
  teach: "Teach",
  openMenu: "Open menu",
  closeMenu: "Close menu",
  menu: "Menu",
  signIn: "Sign in",
  signUp: "Sign up",
  signOut: "Sign out",
  accountMenu: "Account",
  /** Read after the user's name on the account button. */
  accountMenuAside: " (Account)",
  signedIn: "Signed in as",
} as const;
