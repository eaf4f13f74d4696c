// The part of the Auth.js configuration that needs no database: proxy.ts builds its own NextAuth
// instance from it to read the session cookie early. lib/server/auth.ts adds the credentials
// provider on top.
import type { DefaultSession, NextAuthConfig } from "next-auth";
import type { Role } from "@/lib/generated/prisma/enums";
import { isValidCallbackUrl } from "../security/callback-url";

declare module "next-auth" {
  interface Session {
    user: { id: string; role: Role } & DefaultSession["user"];
    /** The signed-in device (lib/server/devices.ts): "this device" on the account page. */
    deviceId?: string;
  }
  interface User {
    role?: Role;
    deviceId?: string;
  }
}

declare module "@auth/core/jwt" {
  interface JWT {
    id?: string;
    role?: Role;
    /** The Device row this sign-in made; lib/server/auth.ts checks it on every request. */
    sid?: string;
  }
}

export const authConfig = {
  pages: { signIn: "/signin" },
  session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
  providers: [],
  callbacks: {
    // Where Auth.js may send the browser: a path or URL on this site, else home. Never throws
    // (the default one threw on "x" or "//[" and Auth.js answered 500).
    redirect({ url, baseUrl }) {
      if (!isValidCallbackUrl(url, baseUrl)) return baseUrl;
      return url.startsWith("/") ? `${baseUrl}${url}` : url;
    },
    jwt({ token, user }) {
      // `user` is only there right after authorize(): copy what the app needs into the token.
      if (user) {
        token.id = user.id;
        token.role = user.role;
        token.sid = user.deviceId;
      }
      return token;
    },
    session({ session, token }) {
      if (token.id) session.user.id = token.id;
      if (token.role) session.user.role = token.role;
      if (token.sid) session.deviceId = token.sid;
      return session;
    },
  },
  logger: {
    // A wrong password is an expected outcome, not a server error worth a stack trace in the log.
    error(error) {
      if ((error as { type?: string }).type === "CredentialsSignin") return;
      console.error(error);
    },
  },
} satisfies NextAuthConfig;
