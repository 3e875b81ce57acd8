"use client";

import { useRouter } from "next/navigation";
import { useId, useState, useTransition } from "react";
import { ActionDialog } from "@/components/action-dialog";
import { useI18n } from "@/components/i18n/i18n-provider";
import { format, lookup } from "@/lib/i18n/messages";
import type { Outcome } from "../permissions/outcome";
import type { ActionResult } from "@/lib/auth/console-action";
import { addUsersToGroupAction, addUserToGroupsAction, removeUserFromGroupAction } from "./actions";

type Run = () => Promise<ActionResult<Outcome<unknown>>>;

/** Runs a membership action; its failure, worded, or none. */
function useMembershipAction() {
  const { messages } = useI18n();
  const router = useRouter();
  const [error, setError] = useState<string>();
  const [pending, startTransition] = useTransition();
  const run = (action: Run, done: () => void) =>
    startTransition(async () => {
      const result = await action();
      if (!result.ok) return setError(lookup(messages, result.error));
      if (!result.data.ok) return setError(result.data.message);
      setError(undefined);
      done();
      router.refresh();
    });
  return { error, setError, pending, run };
}

/** A button opening a list of names to tick, and the action that adds the ticked ones. */
function ChooseNamesButton({ label, title, names, empty, onAdd }: { label: string; title: string; names: string[]; empty: string; onAdd: (chosen: string[]) => Run }) {
  const { messages } = useI18n();
  const id = useId();
  const [open, setOpen] = useState(false);
  const { error, setError, pending, run } = useMembershipAction();
  const close = () => {
    setOpen(false);
    setError(undefined);
  };
  return (
    <>
      <button type="button" className="btn-normal" onClick={() => setOpen(true)}>
        {label}
      </button>
      {open && (
        <ActionDialog
          title={title}
          actionLabel={label}
          pending={pending}
          error={error}
          onSubmit={(form) => {
            const chosen = form.getAll("name").map(String);
            if (chosen.length === 0) return setError(messages.validation.required);
            run(onAdd(chosen), close);
          }}
          onClose={close}
        >
          {names.length === 0 ? (
            <p className="text-muted">{empty}</p>
          ) : (
            <ul className="divide-y divide-line border-y border-line">
              {names.map((name, index) => (
                <li key={name} className="flex items-center gap-3 px-2 py-2">
                  <input type="checkbox" id={`${id}-${index}`} name="name" value={name} />
                  <label htmlFor={`${id}-${index}`} className="min-w-0 break-all">
                    {name}
                  </label>
                </li>
              ))}
            </ul>
          )}
        </ActionDialog>
      )}
    </>
  );
}

/** A user's Groups tab: "Add user to groups", choosing among the groups the user is not in. */
export function AddUserToGroupsButton({ userName, groups }: { userName: string; groups: string[] }) {
  const m = useI18n().messages.groups;
  return (
    <ChooseNamesButton
      label={m.addToGroups}
      title={format(m.addToGroupsTitle, { name: userName })}
      names={groups}
      empty={m.noGroupsToAdd}
      onAdd={(groupNames) => () => addUserToGroupsAction({ userName, groupNames })}
    />
  );
}

/** A group's Users tab: "Add users", choosing among the users not in it. */
export function AddUsersToGroupButton({ groupName, users }: { groupName: string; users: string[] }) {
  const m = useI18n().messages.groups;
  return (
    <ChooseNamesButton
      label={m.addUsersButton}
      title={format(m.addUsersTitle, { name: groupName })}
      names={users}
      empty={m.noUsers}
      onAdd={(userNames) => () => addUsersToGroupAction({ groupName, userNames })}
    />
  );
}

/** Remove a user from a group (RemoveUserFromGroup), once confirmed; `name` is what the row shows. */
export function RemoveMembershipButton({ groupName, userName, name }: { groupName: string; userName: string; name: string }) {
  const { messages } = useI18n();
  const m = messages.groups;
  const [open, setOpen] = useState(false);
  const { error, setError, pending, run } = useMembershipAction();
  const close = () => {
    setOpen(false);
    setError(undefined);
  };
  return (
    <>
      <button type="button" className="btn-link" aria-label={`${m.removeUser} ${name}`} onClick={() => setOpen(true)}>
        {m.removeUser}
      </button>
      {open && (
        <ActionDialog
          title={format(m.removeUserTitle, { user: userName, group: groupName })}
          actionLabel={m.removeUser}
          pending={pending}
          error={error}
          onSubmit={() => run(() => removeUserFromGroupAction({ groupName, userName }), close)}
          onClose={close}
        >
          <p>{m.removeUserBody}</p>
        </ActionDialog>
      )}
    </>
  );
}
