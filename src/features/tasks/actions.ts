"use server";
import { runAction, type ActionState } from "@/server/action";
import { addTaskNote, createTask } from "./mutations";
import { addTaskNoteSchema, createTaskSchema } from "./schema";

export async function addTaskNoteAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, addTaskNoteSchema, addTaskNote, { revalidate: ["/tasks"], message: "Đã ghi tiến độ." });
}

export async function createTaskAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, createTaskSchema, createTask, { revalidate: ["/tasks"], message: "Đã giao nhiệm vụ." });
}
