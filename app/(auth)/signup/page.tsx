import { ClientMessages } from "@/components/i18n/client-messages";
import { SignUpForm } from "./sign-up-form";

export default function SignUpPage() {
  return (
    <ClientMessages namespaces={["signUp"]}>
      <SignUpForm />
    </ClientMessages>
  );
}
