// E-mail over SMTP through nodemailer: one pooled transport per process.
import nodemailer from "nodemailer";

export interface Mail {
  to: string;
  subject: string;
  text: string;
}

export interface Mailer {
  /** Resolves to the server's answer (message id and response line); throws when SMTP refuses or is down. */
  send(mail: Mail): Promise<string>;
  close(): void;
}

export function createMailer(smtpUrl: string, from: string): Mailer {
  const transport = nodemailer.createTransport(smtpUrl, { from });
  return {
    async send(mail) {
      const info = await transport.sendMail({ ...mail, from });
      return `${info.messageId} ${info.response}`;
    },
    close: () => transport.close(),
  };
}
