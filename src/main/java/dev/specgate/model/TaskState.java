package dev.specgate.model;

/** Whether a list item is a task item ({@code - [ ]} / {@code - [x]}) and if so whether it is checked. */
public enum TaskState {
    NONE,
    OPEN,
    DONE
}
